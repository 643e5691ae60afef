using System.Globalization;
using System.Text.RegularExpressions;

namespace PdpApi.Client;

/// <summary>
/// The IETF <c>RateLimit</c> and <c>RateLimit-Policy</c> headers of a response: the budget the request drew on,
/// what is left of it and the seconds until it resets. Read them with a <c>HeadersInspectionHandlerOption</c>.
/// </summary>
public sealed partial record RateLimit(string Policy, int Remaining, int ResetSeconds, int? Quota, int? WindowSeconds)
{
    /// <summary>Null when the response carries no <c>RateLimit</c> header.</summary>
    public static RateLimit? From(IDictionary<string, IEnumerable<string>> headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        var limit = Item(headers, "RateLimit");
        if (limit is null || !limit.Value.Parameters.TryGetValue("r", out var remaining) || !limit.Value.Parameters.TryGetValue("t", out var reset))
        {
            return null;
        }
        var policy = Item(headers, "RateLimit-Policy");
        var same = policy?.Name == limit.Value.Name ? policy.Value.Parameters : new Dictionary<string, int>();
        return new RateLimit(limit.Value.Name, remaining, reset, same.TryGetValue("q", out var q) ? q : null, same.TryGetValue("w", out var w) ? w : null);
    }

    private static (string Name, Dictionary<string, int> Parameters)? Item(IDictionary<string, IEnumerable<string>> headers, string name)
    {
        var value = headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
        var match = value is null ? null : StructuredItem().Match(value);
        if (match is null || !match.Success)
        {
            return null;
        }
        var parameters = match.Groups["key"].Captures.Zip(match.Groups["value"].Captures)
            .ToDictionary(p => p.First.Value, p => int.Parse(p.Second.Value, CultureInfo.InvariantCulture));
        return (match.Groups["name"].Value, parameters);
    }

    [GeneratedRegex("""^\s*"(?<name>[^"]*)"(?:\s*;\s*(?<key>[a-z]+)=(?<value>\d+))*""")]
    private static partial Regex StructuredItem();
}
