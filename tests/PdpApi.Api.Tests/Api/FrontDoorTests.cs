using System.Net;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class FrontDoorTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_root_lists_the_versions_resources_documentation_spec_and_release()
    {
        var (response, index) = await _client.GetJsonAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var v1 = index["versions"]!.AsArray().Single()!;
        Assert.Equal("/api/v1", v1["href"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(v1["spec"]!.GetValue<string>(), Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(index["documentation"]!.GetValue<string>() + "/index.html", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(index["release"]!["href"]!.GetValue<string>(), Cancel)).StatusCode);

        var spec = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "openapi", "v1.json"), Cancel))!["paths"]!.AsObject();
        var listed = spec.Where(p => !p.Key.Contains('{') && p.Value!["get"] is not null).Select(p => p.Key).Order(StringComparer.Ordinal);
        var resources = v1["resources"]!.AsArray();
        Assert.Equal(listed, resources.Select(r => r!["href"]!.GetValue<string>()));
        Assert.All(resources, r => Assert.Equal(spec[r!["href"]!.GetValue<string>()]!["get"]!["summary"]!.GetValue<string>(), r["summary"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_root_leaves_the_documentation_and_health_checks_where_they_were()
    {
        var noRedirects = api.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        Assert.Equal(HttpStatusCode.MovedPermanently, (await noRedirects.GetAsync("/swagger", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/live", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/health/ready", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await _client.PostAsync("/", null, Cancel)).StatusCode);
    }
}
