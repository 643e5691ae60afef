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
        if (!request.Query.TryGetValue("format", out var values))
            return;
        if (values.Count == 1 && MediaTypes.TryGetValue(values[0] ?? "", out var mediaType))
        {
            request.Headers[HeaderNames.Accept] = mediaType;
            return;
        }
        // Reported with the request's other bad parameters, by QueryParametersFilter.
        QueryErrors.Of(context.HttpContext).Add(
            "format", $"'{values}' is not a format this API writes; use one of: {string.Join(", ", MediaTypes.Keys)}.");
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }
}
