using System.Net;
using System.Text.Json.Nodes;
using Asp.Versioning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class ErrorsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("sort=population", "sort", "'population' is not a sort field here")]
    [InlineData("sort=name,-name", "sort", "'name' appears more than once")]
    [InlineData("sector=mining", "sector", "'mining' is not one of: agriculture,")]
    [InlineData("region=Piura,,Lima", "region", "has an empty value")]
    [InlineData("id=10..2", "id", "starts after it ends")]
    [InlineData("id=a..b", "id", "is not a number or a range")]
    [InlineData("id=...", "id", "is not a number or a range")]
    [InlineData("pageSize=501", "pageSize", "from 1 to 500")]
    [InlineData("pageSize=0", "pageSize", "from 1 to 10000 (at most 500 in JSON)")]
    [InlineData("page=0", "page", "from 1 to 1000000")]
    [InlineData("page=two", "page", "'two' is not a valid value")]
    [InlineData("format=xlsx", "format", "use one of: json, csv")]
    public async Task A_bad_parameter_is_a_400_problem_naming_it(string query, string parameter, string message)
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/clusters?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.NotNull(problem["traceId"]);
        var messages = problem["errors"]![parameter]!.AsArray().Select(m => m!.GetValue<string>());
        Assert.Contains(messages, m => m.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_bad_parameter_is_reported_at_once()
    {
        var (_, problem) = await _client.GetJsonAsync("/api/v1/clusters?sort=x&sector=y&id=z");

        Assert.Equal(["id", "sector", "sort"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task A_bad_path_id_is_a_400_problem()
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/clusters/abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["id"]);
    }

    [Fact]
    public async Task Errors_are_problem_json_even_when_the_client_asked_for_csv()
    {
        var response = await _client.GetAsync("/api/v1/clusters?sort=nope", "text/csv");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        Assert.NotNull(problem["errors"]!["sort"]);
    }

    [Fact]
    public async Task An_unknown_api_version_is_a_404_problem_naming_the_supported_versions()
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v2/clusters");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["1.0"], problem["supportedVersions"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Contains("v1.0", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_path_is_a_404_problem()
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/no-such-resource");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Null(problem["supportedVersions"]);
    }

    [Fact]
    public async Task Bad_input_leaves_the_data_untouched()
    {
        var before = await _client.GetStringAsync("/api/v1/clusters?pageSize=500&format=csv", Cancel);
        foreach (var query in new[] { "sort=';DROP TABLE Clusters;--", "q=%27%20OR%201=1--", "region=%00", "id=99999999999" })
            await _client.GetAsync("/api/v1/clusters?" + query, Cancel);
        var after = await _client.GetStringAsync("/api/v1/clusters?pageSize=500&format=csv", Cancel);

        Assert.Equal(before, after);
    }

    [Theory]
    [InlineData("q=%27%20OR%201=1--")]
    [InlineData("region=%00")]
    [InlineData("q=%F0%9F%98%80")]
    [InlineData("id=99999999999")]
    [InlineData("id=-5")]
    [InlineData("page=1000000&pageSize=500")]
    public async Task Odd_input_never_produces_a_500(string query)
    {
        var response = await _client.GetAsync("/api/v1/clusters?" + query, Cancel);

        Assert.True((int)response.StatusCode < 500, $"{query} gave {(int)response.StatusCode}");
    }
}

/// <summary>Behaviour that needs an app of its own: a tight rate limit, an endpoint that fails, caching off.</summary>
public sealed class IsolatedAppTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Over_the_rate_limit_a_client_gets_429_with_retry_after_and_a_problem()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["RateLimiting:PermitsPerWindow"] = "3" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await client.GetAsync("/api/v1/clusters/1", Cancel);
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(last.Headers.RetryAfter);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType!.MediaType);
        var health = await client.GetAsync("/health/live", Cancel);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_internals()
    {
        using var factory = new ApiFactory().WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddControllers().AddApplicationPart(typeof(FailingController).Assembly)));
        using var client = factory.CreateClient();

        var (response, problem) = await client.GetJsonAsync("/api/v1/failing");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(problem["traceId"]);
        Assert.DoesNotContain("secret detail", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("FailingController", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_output_caching_conditional_requests_still_get_304()
    {
        using var factory = new ApiFactory(new Dictionary<string, string?> { ["OutputCaching:Enabled"] = "false" });
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/api/v1/clusters?region=Ancash", Cancel);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters?region=Ancash");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }
}

[ApiController]
[ApiVersion("1.0")]
[Route("api/v{version:apiVersion}/failing")]
public sealed class FailingController : ControllerBase
{
    [HttpGet]
    public IActionResult Get() => throw new InvalidOperationException("secret detail at " + Request.Path);
}
