using Microsoft.Kiota.Abstractions.Serialization;

namespace PdpApi.Client.Models;

// The API writes a traceId into every problem; the schema leaves it to the extension members, so it lands in
// AdditionalData. These give it a name.
public partial class ProblemDetails
{
    /// <summary>The id to quote when reporting this error.</summary>
    public string? TraceId => ProblemExtensions.Text(AdditionalData, "traceId");
}

public partial class ValidationProblemDetails
{
    /// <summary>The id to quote when reporting this error.</summary>
    public string? TraceId => ProblemExtensions.Text(AdditionalData, "traceId");

    /// <summary>Each bad parameter with what it accepts.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ParameterErrors =>
        (Errors?.AdditionalData ?? new Dictionary<string, object>()).ToDictionary(
            e => e.Key,
            e => (IReadOnlyList<string>)(e.Value is UntypedArray array
                ? array.GetValue().OfType<UntypedString>().Select(s => s.GetValue() ?? "").ToList()
                : []));
}

internal static class ProblemExtensions
{
    public static string? Text(IDictionary<string, object> data, string key) =>
        data.TryGetValue(key, out var value)
            ? value switch
            {
                string text => text,
                UntypedString text => text.GetValue(),
                _ => null,
            }
            : null;
}
