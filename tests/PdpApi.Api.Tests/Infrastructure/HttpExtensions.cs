using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace PdpApi.Api.Tests.Infrastructure;

public static class HttpExtensions
{
    public static async Task<(HttpResponseMessage Response, JsonNode Body)> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response, JsonNode.Parse(text) ?? throw new InvalidOperationException("empty body from " + url));
    }

    public static async Task<HttpResponseMessage> GetAsync(this HttpClient client, string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>GETs <paramref name="url"/> again with the ETag of <paramref name="first"/> in If-None-Match.</summary>
    public static async Task<HttpResponseMessage> RevalidateAsync(this HttpClient client, string url, HttpResponseMessage first)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(first.Header("ETag")!));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static int[] Ids(this JsonNode page) =>
        page["items"]!.AsArray().Select(item => item!["id"]!.GetValue<int>()).ToArray();

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : null;
}
