using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PdpApi.Api;

/// <summary>
/// Words model-binding and request-body errors for the client: the JSON path that is wrong and what it should be
/// ("an array of numbers"), never the serializer's .NET type names.
/// </summary>
public static partial class BodyErrors
{
    public static Dictionary<string, string[]> Describe(ModelStateDictionary state)
    {
        var entries = state.Where(entry => entry.Value?.Errors.Count > 0).ToList();
        var bodyFailed = entries.Any(entry => entry.Value!.Errors.Any(e => e.Exception is JsonException));
        var errors = new Dictionary<string, string[]>();
        foreach (var (key, entry) in entries)
        {
            var messages = entry!.Errors.Select(Message).ToArray();
            // When the body did not parse, MVC also reports the whole body as missing; the JSON error says more.
            if (bodyFailed && !key.StartsWith('$') && entry.Errors.All(e => e.Exception is null))
                continue;
            errors[key.Length == 0 ? "body" : key] = messages;
        }
        return errors;
    }

    private static string Message(ModelError error)
    {
        if (error.Exception is not JsonException json)
            return error.ErrorMessage;
        var text = json.Message;
        if (UnmappedMember().Match(text) is { Success: true } unmapped)
            return $"'{unmapped.Groups["name"].Value}' is not a field of this request body; the operation's schema lists the fields it accepts.";
        if (MissingRequired().Match(text) is { Success: true } missing)
            return $"Required fields are missing: {missing.Groups["names"].Value.Replace("'", "", StringComparison.Ordinal).TrimEnd('.')}.";
        if (ConvertTo().Match(text) is { Success: true } convert)
            return $"Expected {Friendly(convert.Groups["type"].Value)} here.";
        return "The body is not valid JSON here; check the syntax near this position.";
    }

    private static string Friendly(string type) => type switch
    {
        _ when type.Contains("List`1[System.Double]", StringComparison.Ordinal) || type == "System.Double[]" => "an array of numbers",
        _ when type.Contains("List`1[System.String]", StringComparison.Ordinal) => "an array of strings",
        _ when type.Contains("List`1", StringComparison.Ordinal) || type.EndsWith("[]", StringComparison.Ordinal) => "an array",
        "System.Double" or "System.Single" or "System.Decimal" => "a number",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        "System.String" => "a string",
        _ => "an object as the schema describes",
    };

    [GeneratedRegex("The JSON property '(?<name>.+?)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("missing required properties,? including(?: the following)?: (?<names>.+?)\\.?(?: Path:|$)")]
    private static partial Regex MissingRequired();

    [GeneratedRegex("could not be converted to (?<type>[^ ]+?)\\.? Path")]
    private static partial Regex ConvertTo();
}
