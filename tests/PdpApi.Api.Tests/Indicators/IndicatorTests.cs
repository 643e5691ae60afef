using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;

namespace PdpApi.Api.Tests.Indicators;

/// <summary>What the tests of every indicator share: the running app, and the seeded SQLite database it serves.</summary>
public abstract class IndicatorTests(ApiFixture api)
{
    protected HttpClient Client { get; } = api.Client;
    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected async Task<JsonNode> OkAsync(string url)
    {
        var (response, body) = await Client.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body;
    }

    protected async Task AssertBadRequestAsync(string url, string parameter)
    {
        var (response, problem) = await Client.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["errors"]![parameter]);
    }

    protected static JsonNode SingleResult(JsonNode body, Func<JsonNode, bool> predicate) => Assert.Single(body["results"]!.AsArray(), r => predicate(r!))!;

    /// <summary>Runs a gathering step on the database the app loaded from seed/ (a real SQLite file).</summary>
    protected async Task<T> GatherAsync<T>(Func<PdpDbContext, CancellationToken, Task<T>> gather)
    {
        using var scope = api.Factory.Services.CreateScope();
        return await gather(scope.ServiceProvider.GetRequiredService<PdpDbContext>(), Cancel);
    }
}
