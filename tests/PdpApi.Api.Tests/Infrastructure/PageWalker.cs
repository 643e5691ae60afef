using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PdpApi.Api.Tests.Infrastructure;

/// <summary>Walks a collection to its end, by page number or by following the Link header's next relation.</summary>
public static partial class PageWalker
{
    /// <summary>The ids of every row, asking for pages 1 to totalPages of <paramref name="url"/> (which has a query string).</summary>
    public static async Task<List<string>> ByNumberAsync(HttpClient client, string url)
    {
        var (_, first) = await client.GetJsonAsync(url);
        var ids = new List<string>();
        for (var page = 1; page <= first["totalPages"]!.GetValue<int>(); page++)
            ids.AddRange(Ids((await client.GetJsonAsync($"{url}&page={page}")).Body));
        return ids;
    }

    /// <summary>Every page from <paramref name="url"/> on, following next links: the rows' ids, each page's number and each next link.</summary>
    public static async Task<(List<string> Ids, List<int> Pages, List<string> Links)> ByNextLinkAsync(HttpClient client, string url)
    {
        var ids = new List<string>();
        var pages = new List<int>();
        var links = new List<string>();
        for (string? next = url; next is not null;)
        {
            var (response, body) = await client.GetJsonAsync(next);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            ids.AddRange(Ids(body));
            pages.Add(body["page"]!.GetValue<int>());
            next = NextLink(response);
            if (next is not null)
                links.Add(next);
        }
        return (ids, pages, links);
    }

    /// <summary>
    /// Walks <paramref name="url"/> from <c>cursor=</c> (the first page) by next links and asserts that it meets the rows
    /// of the numbered pages in their order, on pages numbered from 1, with every next link a cursor; returns the ids.
    /// </summary>
    public static async Task<List<string>> AssertCursorWalkMatchesNumberedPagesAsync(HttpClient client, string url)
    {
        var numbered = await ByNumberAsync(client, url);

        var walked = await ByNextLinkAsync(client, url + "&cursor=");

        Assert.Equal(numbered, walked.Ids);
        Assert.Equal(Enumerable.Range(1, walked.Pages.Count), walked.Pages);
        Assert.All(walked.Links, link => Assert.Contains("cursor=", link, StringComparison.Ordinal));
        Assert.All(walked.Links, link => Assert.DoesNotContain("page=", link, StringComparison.Ordinal));
        return numbered;
    }

    /// <summary>The target of the Link header's next relation, if there is one.</summary>
    public static string? NextLink(HttpResponseMessage response)
    {
        var match = Next().Match(response.Header("Link") ?? "");
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>The cursor a link carries.</summary>
    public static string Cursor(string link) =>
        Uri.UnescapeDataString(CursorParameter().Match(link) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no cursor in " + link));

    private static IEnumerable<string> Ids(JsonNode page) => page["items"]!.AsArray().Select(item => item!["id"]!.ToString());

    [GeneratedRegex("<([^>]*)>; rel=\"next\"")]
    private static partial Regex Next();

    [GeneratedRegex("[?&]cursor=([^&]*)")]
    private static partial Regex CursorParameter();
}
