using System.Net;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>CORS, security headers and HEAD: what a browser on another origin, and a careful client, meet.</summary>
public sealed class BrowsersTests(ApiFixture api)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_page_on_any_origin_may_read_a_collection_and_the_headers_a_client_needs()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters?region=Piura");
        request.Headers.Add("Origin", "https://newsroom.example");
        var response = await api.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
        Assert.Null(response.Header("Access-Control-Allow-Credentials"));
        var exposed = response.Header("Access-Control-Expose-Headers")!.Split(',');
        foreach (var header in new[] { "Link", "ETag", "RateLimit", "RateLimit-Policy", "Retry-After", "api-supported-versions" })
            Assert.Contains(header, exposed);
    }

    [Fact]
    public async Task A_preflight_is_answered_204_and_does_not_spend_the_rate_limit()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["RateLimiting:PermitsPerWindow"] = "2" });
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++)
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/clusters");
            preflight.Headers.Add("Origin", "https://newsroom.example");
            preflight.Headers.Add("Access-Control-Request-Method", "GET");
            preflight.Headers.Add("Access-Control-Request-Headers", "if-none-match");
            var answer = await client.SendAsync(preflight, Cancel);

            Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
            Assert.Equal("*", answer.Header("Access-Control-Allow-Origin"));
            Assert.Contains("GET", answer.Header("Access-Control-Allow-Methods")!, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters", Cancel)).StatusCode);
    }

    [Fact]
    public async Task Only_the_calculator_accepts_a_cross_origin_post()
    {
        async Task<string?> AllowedMethods(string path)
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, path);
            preflight.Headers.Add("Origin", "https://newsroom.example");
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "content-type");
            return (await api.Client.SendAsync(preflight, Cancel)).Header("Access-Control-Allow-Methods");
        }

        Assert.Contains("POST", await AllowedMethods("/api/v1/indicators/price-band") ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("POST", await AllowedMethods("/api/v1/clusters") ?? "", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/clusters", "default-src 'none'")]
    [InlineData("/api/v1/nothing-here", "default-src 'none'")]
    [InlineData("/swagger/index.html", "script-src 'self'")]
    public async Task Every_response_says_nosniff_no_referrer_and_a_content_security_policy(string path, string policy)
    {
        var response = await api.Client.GetAsync(path, Cancel);

        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", response.Header("Referrer-Policy"));
        Assert.Contains(policy, response.Header("Content-Security-Policy")!, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", response.Header("Content-Security-Policy")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_https_responses_carry_hsts()
    {
        using var factory = new ApiFactory();
        factory.ClientOptions.BaseAddress = new Uri("https://api.pdp.example");
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/api/v1/clusters/5", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("max-age=31536000", response.Header("Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/clusters/5")]
    [InlineData("/api/v1/clusters?region=Piura")]
    [InlineData("/swagger/v1/swagger.json")]
    [InlineData("/health/live")]
    public async Task Head_answers_like_the_get_it_mirrors_without_a_body(string path)
    {
        var get = await api.Client.GetAsync(path, Cancel);
        var head = await api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path), Cancel);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Header("ETag"), head.Header("ETag"));
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Health_endpoints_answer_only_get(string method)
    {
        foreach (var path in new[] { "/health/live", "/health/ready" })
        {
            var response = await api.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Cancel);

            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Fact]
    public async Task The_real_server_sends_no_server_banner()
    {
        using var factory = new KestrelApiFactory();
        using var client = factory.CreateRealClient();

        var response = await client.GetAsync("/health/live", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Headers.Server);
    }
}
