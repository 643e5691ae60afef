using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace PdpApi.Api;

/// <summary>
/// <c>?format=csv</c> and <c>?format=json</c> stand for the Accept header, for links pasted into a browser or a
/// spreadsheet; content negotiation does the rest. Any other value is an error reported with the request's other bad parameters.
/// </summary>
public sealed class FormatQueryFilter : IResourceFilter
{
    public static readonly IReadOnlyDictionary<string, string> MediaTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["json"] = "application/json",
        ["csv"] = CsvOutputFormatter.MediaType,
    };

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        var request = context.HttpContext.Request;
        if (request.Query.TryGetValue("format", out var values))
        {
            if (values.Count == 1 && MediaTypes.TryGetValue(values[0] ?? "", out var mediaType))
                request.Headers[HeaderNames.Accept] = mediaType;
            else // Reported with the request's other bad parameters, by QueryParametersFilter.
                QueryErrors.Of(context.HttpContext).Add(
                    "format", $"'{values}' is not a format this API writes; use one of: {string.Join(", ", MediaTypes.Keys)}.");
        }
        if (context.ActionDescriptor.Parameters.Any(p => typeof(ListQuery).IsAssignableFrom(p.ParameterType)))
            SizeCollectionPage(context, request);
    }

    /// <summary>
    /// A CSV collection without <c>pageSize</c> is the whole collection up to <see cref="ListQuery.CsvMaxPageSize"/> rows,
    /// written into the query so that its links say so; a JSON page stays within <see cref="ListQuery.MaxPageSize"/>.
    /// </summary>
    private static void SizeCollectionPage(ResourceExecutingContext context, HttpRequest request)
    {
        var hasPageSize = request.Query.TryGetValue("pageSize", out var sizes);
        if (AsksForCsv(request))
        {
            if (!hasPageSize)
                request.QueryString = request.QueryString.Add("pageSize", ListQuery.CsvMaxPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return;
        }
        if (hasPageSize && sizes.Count == 1 && int.TryParse(sizes[0], System.Globalization.CultureInfo.InvariantCulture, out var size) && size > ListQuery.MaxPageSize)
            QueryErrors.Of(context.HttpContext).Add(
                "pageSize", $"pageSize must be a whole number from 1 to {ListQuery.MaxPageSize} in JSON ({ListQuery.CsvMaxPageSize} in CSV).");
    }

    /// <summary>True when content negotiation will pick CSV: the most preferred JSON or CSV type in Accept is text/csv.</summary>
    public static bool AsksForCsv(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
            return false;
        var preferred = accepted
            .Where(a => a.Quality is not 0)
            .OrderByDescending(a => a.Quality ?? 1)
            .FirstOrDefault(a => a.MediaType.Equals(CsvOutputFormatter.MediaType, StringComparison.OrdinalIgnoreCase)
                                 || new MediaTypeHeaderValue("application/json").IsSubsetOf(a));
        return preferred is not null && preferred.MediaType.Equals(CsvOutputFormatter.MediaType, StringComparison.OrdinalIgnoreCase);
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
