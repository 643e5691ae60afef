using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;

namespace PdpApi.Client;

/// <summary>
/// Walks a collection by its <c>Link</c> header's <c>next</c> relation, which carries the cursor where the API
/// pages by cursor, so a walk needs no page arithmetic.
/// </summary>
public static partial class LinkPaging
{
    /// <param name="baseUrl">The API's origin; the header's relative URLs are resolved against it.</param>
    /// <param name="getPage">
    /// Fetches a page: the first when the URL is null, else the page at that absolute URL (<c>WithUrl(url)</c>).
    /// Add the option to the request so that its response headers are read.
    /// </param>
    /// <param name="cancellationToken">Stops the walk between pages.</param>
    public static async IAsyncEnumerable<TPage> WalkAsync<TPage>(
        Uri baseUrl,
        Func<string?, HeadersInspectionHandlerOption, Task<TPage?>> getPage,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
        where TPage : class
    {
        ArgumentNullException.ThrowIfNull(getPage);
        string? url = null;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var inspection = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
            var page = await getPage(url, inspection).ConfigureAwait(false);
            if (page is null)
            {
                yield break;
            }
            yield return page;
            url = Links(inspection.ResponseHeaders, baseUrl).GetValueOrDefault("next")?.AbsoluteUri;
        }
        while (url is not null);
    }

    /// <summary>The relations of an RFC 8288 <c>Link</c> header as absolute URLs.</summary>
    public static IReadOnlyDictionary<string, Uri> Links(IDictionary<string, IEnumerable<string>> headers, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var links = new Dictionary<string, Uri>(StringComparer.OrdinalIgnoreCase);
        var values = headers.Where(h => h.Key.Equals("Link", StringComparison.OrdinalIgnoreCase)).SelectMany(h => h.Value);
        foreach (Match match in values.SelectMany(v => LinkValue().Matches(v)))
        {
            var target = new Uri(baseUrl, match.Groups["target"].Value);
            foreach (var rel in match.Groups["rel"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                links[rel] = target;
            }
        }
        return links;
    }

    [GeneratedRegex("""<(?<target>[^>]*)>[^,<]*?;\s*rel\s*=\s*"?(?<rel>[^";,]+)"?""", RegexOptions.IgnoreCase)]
    private static partial Regex LinkValue();
}
