using Microsoft.Kiota.Abstractions.Serialization;

namespace PdpApi.Client.Models;

/// <summary>
/// Names for what the API writes into every problem beside the RFC 9457 members. Where the schema does not list
/// them they land in AdditionalData; extension properties read them there and give way to generated properties
/// of the same name when the schema does list them.
/// </summary>
public static class ProblemDetailsExtensions
{
    extension(ProblemDetails problem)
    {
        /// <summary>The id to quote when reporting this error.</summary>
        public string? TraceId => ProblemMembers.Text(problem.AdditionalData, "traceId");
    }
}

/// <inheritdoc cref="ProblemDetailsExtensions"/>
public static class ValidationProblemDetailsExtensions
{
    extension(ValidationProblemDetails problem)
    {
        /// <summary>The id to quote when reporting this error.</summary>
        public string? TraceId => ProblemMembers.Text(problem.AdditionalData, "traceId");

        /// <summary>Each bad parameter with what it accepts.</summary>
        public IReadOnlyDictionary<string, IReadOnlyList<string>> ParameterErrors =>
            (problem.Errors?.AdditionalData ?? new Dictionary<string, object>()).ToDictionary(
                e => e.Key,
                e => (IReadOnlyList<string>)(e.Value is UntypedArray array
                    ? array.GetValue().OfType<UntypedString>().Select(s => s.GetValue() ?? "").ToList()
                    : []));
    }

}

internal static class ProblemMembers
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
