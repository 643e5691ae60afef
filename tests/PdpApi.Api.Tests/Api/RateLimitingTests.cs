using System.Net;
using System.Text.RegularExpressions;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>Budgets per client address, the IETF RateLimit headers, and the client address behind trusted proxies.</summary>
public sealed partial class RateLimitingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // An hour-long window, so that no test straddles a window boundary.
    private static ApiFactory Limited(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?> { ["RateLimiting:WindowSeconds"] = "3600" };
        foreach (var (key, value) in settings)
            all[key] = value;
        return new ApiFactory(all);
    }

    private static (string Policy, int Remaining, int Reset) Parse(HttpResponseMessage response)
    {
        var match = RateLimitHeader().Match(response.Header("RateLimit") ?? "");
        Assert.True(match.Success, $"RateLimit header missing or malformed: '{response.Header("RateLimit")}'");
        return (match.Groups["policy"].Value, int.Parse(match.Groups["r"].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups["t"].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Every_limited_response_says_its_budget_what_remains_and_when_it_resets()
    {
        using var factory = Limited(("RateLimiting:PermitsPerWindow", "5"));
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/api/v1/clusters/1", Cancel);
        var second = await client.GetAsync("/api/v1/clusters?region=Piura", Cancel);

        Assert.Equal("\"api\";q=5;w=3600", first.Header("RateLimit-Policy"));
        Assert.Equal(("api", 4), (Parse(first).Policy, Parse(first).Remaining));
        Assert.Equal(3, Parse(second).Remaining);
        Assert.InRange(Parse(second).Reset, 1, 3600);
    }

    [Fact]
    public async Task Retry_after_is_the_exact_time_left_in_the_window()
    {
        using var factory = Limited(("RateLimiting:PermitsPerWindow", "1"));
        using var client = factory.CreateClient();

        await client.GetAsync("/api/v1/clusters/1", Cancel);
        var refused = await client.GetAsync("/api/v1/clusters/1", Cancel);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = (int)refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        // The window is aligned to the clock: what is left of this hour, not a fixed 3600.
        var left = 3600 - (int)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 3600);
        Assert.InRange(retryAfter, left - 2, left + 1);
        Assert.Equal(("api", 0), (Parse(refused).Policy, Parse(refused).Remaining));
        Assert.InRange(Parse(refused).Reset, retryAfter - 1, retryAfter);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Calculators_and_large_csv_pages_draw_on_the_stricter_budget()
    {
        using var factory = Limited(("RateLimiting:ExpensivePermitsPerWindow", "2"));
        using var client = factory.CreateClient();
        const string drawback = "/api/v1/indicators/drawback?year=2000&fobExportValueUsd=1000&cifImportedInputsUsd=100&hsHeading=6109&inputsUnderPreferentialRegime=false";

        var calculator = await client.GetAsync(drawback, Cancel);
        var csv = await client.GetAsync("/api/v1/tariffs/sector-protection?pageSize=500&format=csv", Cancel);
        var refused = await client.GetAsync(drawback, Cancel);
        var ordinary = await client.GetAsync("/api/v1/clusters?pageSize=500&format=csv", Cancel);

        Assert.Equal(HttpStatusCode.OK, calculator.StatusCode);
        Assert.Equal("expensive", Parse(calculator).Policy);
        Assert.Equal("expensive", Parse(csv).Policy);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, ordinary.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters?pageSize=50&format=csv", Cancel)).StatusCode);
    }

    [Fact]
    public async Task The_documentation_and_health_have_budgets_of_their_own()
    {
        using var factory = Limited(("RateLimiting:PermitsPerWindow", "1"), ("RateLimiting:DocsPermitsPerWindow", "2"));
        using var client = factory.CreateClient();

        await client.GetAsync("/api/v1/clusters/1", Cancel);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.GetAsync("/api/v1/clusters/1", Cancel)).StatusCode);

        var document = await client.GetAsync("/swagger/v1/swagger.json", Cancel);
        var health = await client.GetAsync("/health/ready", Cancel);
        await client.GetAsync("/swagger/index.html", Cancel);
        var overDocs = await client.GetAsync("/swagger/v1/swagger.json", Cancel);

        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("docs", Parse(document).Policy);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("health", Parse(health).Policy);
        Assert.Equal(HttpStatusCode.TooManyRequests, overDocs.StatusCode);
    }

    [Fact]
    public async Task Switched_off_there_are_no_budgets_and_no_headers()
    {
        using var factory = Limited(("RateLimiting:Enabled", "false"), ("RateLimiting:PermitsPerWindow", "1"));
        using var client = factory.CreateClient();

        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
            last = await client.GetAsync("/api/v1/clusters/1", Cancel);

        Assert.Equal(HttpStatusCode.OK, last.StatusCode);
        Assert.Null(last.Header("RateLimit"));
    }

    [Fact]
    public async Task Forwarded_addresses_count_only_from_a_configured_proxy()
    {
        async Task<HttpStatusCode[]> ThreeClientsTwiceEach(HttpClient client)
        {
            var statuses = new List<HttpStatusCode>();
            foreach (var address in new[] { "203.0.113.1", "203.0.113.2", "203.0.113.3" })
            {
                for (var i = 0; i < 2; i++)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters/1");
                    request.Headers.Add("X-Forwarded-For", address);
                    statuses.Add((await client.SendAsync(request, Cancel)).StatusCode);
                }
            }
            return [.. statuses];
        }

        var limit = new Dictionary<string, string?> { ["RateLimiting:PermitsPerWindow"] = "2", ["RateLimiting:WindowSeconds"] = "3600" };
        using (var untrusted = new KestrelApiFactory(limit))
        using (var client = untrusted.CreateRealClient())
        {
            // Nothing trusted: the header is ignored and the three "clients" are one address, 127.0.0.1.
            Assert.Equal(2, (await ThreeClientsTwiceEach(client)).Count(s => s == HttpStatusCode.OK));
        }

        using var trusted = new KestrelApiFactory(new Dictionary<string, string?>(limit) { ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        using var proxied = trusted.CreateRealClient();
        Assert.All(await ThreeClientsTwiceEach(proxied), status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task A_trusted_network_is_read_from_configuration_in_cidr_form()
    {
        using var trusted = new KestrelApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:PermitsPerWindow"] = "1",
            ["RateLimiting:WindowSeconds"] = "3600",
            ["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8",
        });
        using var client = trusted.CreateRealClient();

        foreach (var address in new[] { "198.51.100.7", "198.51.100.8" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters/1");
            request.Headers.Add("X-Forwarded-For", address);
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request, Cancel)).StatusCode);
        }
    }

    [GeneratedRegex("^\"(?<policy>[a-z]+)\";r=(?<r>\\d+);t=(?<t>\\d+)$")]
    private static partial Regex RateLimitHeader();
}
