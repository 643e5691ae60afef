using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>
/// Checks a JSON value against an OpenAPI 3.0 schema, for the subset of JSON Schema the document uses: <c>$ref</c> to
/// components/schemas, <c>type</c>, <c>nullable</c>, <c>properties</c>, <c>required</c>, <c>additionalProperties</c>,
/// <c>items</c>, <c>enum</c>, <c>allOf</c>, <c>oneOf</c>, <c>anyOf</c>, <c>format</c> (int32, int64, float, double,
/// date, date-time), and the bounds <c>minimum</c>, <c>maximum</c>, <c>minItems</c>, <c>maxItems</c>,
/// <c>minLength</c>, <c>maxLength</c>, <c>pattern</c>. Annotations are read and ignored. Any other keyword, or a
/// format it does not know, throws: a schema it cannot fully check is not passed silently.
/// Violations name the JSON path of the value (<c>$.items[3].provenance</c>).
/// </summary>
public sealed class SchemaValidator(JsonElement schemas)
{
    private const string RefPrefix = "#/components/schemas/";

    private static readonly HashSet<string> Annotations =
        ["description", "readOnly", "writeOnly", "title", "example", "deprecated", "default", "externalDocs", "xml"];

    private static readonly HashSet<string> Keywords =
    [
        "$ref", "type", "nullable", "properties", "required", "additionalProperties", "items", "enum", "allOf", "oneOf",
        "anyOf", "format", "minimum", "maximum", "minItems", "maxItems", "minLength", "maxLength", "pattern",
    ];

    /// <summary>The violations found, at most <paramref name="limit"/>; empty when the value conforms.</summary>
    public IReadOnlyList<string> Validate(JsonElement schema, JsonElement value, int limit = 10)
    {
        var errors = new List<string>();
        Check(schema, value, "$", errors, 0);
        return errors.Take(limit).ToList();
    }

    private static readonly HashSet<string> Types = ["object", "array", "string", "boolean", "number", "integer"];

    private static readonly HashSet<string> Formats = ["int32", "int64", "float", "double", "date", "date-time"];

    /// <summary>
    /// The keywords, types, formats and references in a schema, and in the schemas inside it, that this validator does
    /// not understand, each with where it is (references are not followed: each component is walked on its own).
    /// </summary>
    public static IEnumerable<string> NotUnderstood(JsonElement schema, string at)
    {
        if (schema.ValueKind is JsonValueKind.True or JsonValueKind.False)
            yield break;
        if (schema.ValueKind is not JsonValueKind.Object)
        {
            yield return $"{at}: a schema that is not an object";
            yield break;
        }
        foreach (var keyword in schema.EnumerateObject())
        {
            var here = $"{at}/{keyword.Name}";
            if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
                yield return $"{here}: keyword";
            var inner = keyword.Name switch
            {
                "properties" => keyword.Value.EnumerateObject().Select(p => (p.Value, $"{here}/{p.Name}")).ToList(),
                "items" or "additionalProperties" => [(keyword.Value, here)],
                "allOf" or "anyOf" or "oneOf" => keyword.Value.EnumerateArray().Select((s, i) => (s, $"{here}/{i}")).ToList(),
                _ => [],
            };
            foreach (var (child, path) in inner)
            {
                foreach (var problem in NotUnderstood(child, path))
                    yield return problem;
            }
        }
        if (schema.TryGetProperty("type", out var type) && !Types.Contains(type.GetString() ?? ""))
            yield return $"{at}/type: {type.GetRawText()}";
        if (schema.TryGetProperty("format", out var format) && !Formats.Contains(format.GetString() ?? ""))
            yield return $"{at}/format: {format.GetRawText()}";
        if (schema.TryGetProperty("$ref", out var reference) && !(reference.GetString() ?? "").StartsWith(RefPrefix, StringComparison.Ordinal))
            yield return $"{at}/$ref: {reference.GetRawText()}";
    }

    private void Check(JsonElement schema, JsonElement value, string path, List<string> errors, int depth)
    {
        if (depth > 64)
            throw new InvalidOperationException($"Schema recursion deeper than 64 at {path}.");
        if (schema.ValueKind is JsonValueKind.True)
            return;
        if (schema.ValueKind is not JsonValueKind.Object)
            throw new NotSupportedException($"A schema that is not an object ({schema.ValueKind}) is not understood, at {path}.");
        foreach (var keyword in schema.EnumerateObject())
        {
            if (!Keywords.Contains(keyword.Name) && !Annotations.Contains(keyword.Name))
                throw new NotSupportedException($"The schema keyword '{keyword.Name}' is not understood by the validator (value at {path}).");
        }

        if (value.ValueKind is JsonValueKind.Null
            && schema.TryGetProperty("nullable", out var nullable) && nullable.ValueKind is JsonValueKind.True)
        {
            return;
        }

        if (schema.TryGetProperty("$ref", out var reference))
            Check(Resolve(reference.GetString()!), value, path, errors, depth + 1);
        foreach (var composition in new[] { "allOf", "anyOf", "oneOf" })
        {
            if (!schema.TryGetProperty(composition, out var parts))
                continue;
            var results = parts.EnumerateArray().Select(part =>
            {
                var partErrors = new List<string>();
                Check(part, value, path, partErrors, depth + 1);
                return partErrors;
            }).ToList();
            var passing = results.Count(r => r.Count == 0);
            switch (composition)
            {
                case "allOf":
                    errors.AddRange(results.SelectMany(r => r));
                    break;
                case "anyOf" when passing == 0:
                    errors.Add($"{path}: matches none of anyOf ({string.Join("; ", results.Select(r => r[0]))})");
                    break;
                case "oneOf" when passing != 1:
                    errors.Add($"{path}: matches {passing} of oneOf's {results.Count} schemas, not exactly one");
                    break;
            }
        }

        if (schema.TryGetProperty("type", out var typeElement))
        {
            var type = typeElement.GetString()!;
            if (!HasType(type, value))
            {
                errors.Add($"{path}: expected {type}{(value.ValueKind is JsonValueKind.Null ? " (not nullable)" : "")}, got {Show(value)}");
                return;
            }
        }
        if (schema.TryGetProperty("enum", out var allowed)
            && !allowed.EnumerateArray().Any(a => JsonElement.DeepEquals(a, value)))
        {
            errors.Add($"{path}: {Show(value)} is not one of the enum values [{string.Join(", ", allowed.EnumerateArray().Select(a => a.GetRawText()))}]");
        }
        if (schema.TryGetProperty("format", out var format))
            CheckFormat(format.GetString()!, value, path, errors);
        CheckBounds(schema, value, path, errors);

        if (value.ValueKind is JsonValueKind.Object)
            CheckObject(schema, value, path, errors, depth);
        if (value.ValueKind is JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
                Check(items, item, $"{path}[{index++}]", errors, depth + 1);
        }
    }

    private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors, int depth)
    {
        var properties = schema.TryGetProperty("properties", out var declared) ? declared : default;
        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                    errors.Add($"{path}: required property '{name}' is missing");
            }
        }
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = $"{path}.{property.Name}";
            if (properties.ValueKind is JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(propertySchema, property.Value, propertyPath, errors, depth + 1);
            }
            else if (schema.TryGetProperty("additionalProperties", out var additional))
            {
                if (additional.ValueKind is JsonValueKind.False)
                    errors.Add($"{propertyPath}: property is not in the schema (additionalProperties: false)");
                else
                    Check(additional, property.Value, propertyPath, errors, depth + 1);
            }
        }
    }

    private static bool HasType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind is JsonValueKind.Object,
        "array" => value.ValueKind is JsonValueKind.Array,
        "string" => value.ValueKind is JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "number" => value.ValueKind is JsonValueKind.Number,
        "integer" => value.ValueKind is JsonValueKind.Number
            && (value.TryGetInt64(out _) || (value.TryGetDecimal(out var d) && decimal.Truncate(d) == d)),
        _ => throw new NotSupportedException($"The type '{type}' is not understood by the validator."),
    };

    private static void CheckFormat(string format, JsonElement value, string path, List<string> errors)
    {
        var ok = format switch
        {
            "int32" => value.ValueKind is not JsonValueKind.Number || value.TryGetInt32(out _),
            "int64" => value.ValueKind is not JsonValueKind.Number || value.TryGetInt64(out _),
            "float" or "double" => value.ValueKind is not JsonValueKind.Number || double.IsFinite(value.GetDouble()),
            "date" => value.ValueKind is not JsonValueKind.String
                || DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            "date-time" => value.ValueKind is not JsonValueKind.String
                || DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => throw new NotSupportedException($"The format '{format}' is not understood by the validator (value at {path})."),
        };
        if (!ok)
            errors.Add($"{path}: {Show(value)} is not a valid {format}");
    }

    private static void CheckBounds(JsonElement schema, JsonElement value, string path, List<string> errors)
    {
        if (value.ValueKind is JsonValueKind.Number)
        {
            var number = value.GetDouble();
            if (schema.TryGetProperty("minimum", out var min) && number < min.GetDouble())
                errors.Add($"{path}: {Show(value)} is below the minimum {min.GetRawText()}");
            if (schema.TryGetProperty("maximum", out var max) && number > max.GetDouble())
                errors.Add($"{path}: {Show(value)} is above the maximum {max.GetRawText()}");
        }
        if (value.ValueKind is JsonValueKind.Array)
        {
            var count = value.GetArrayLength();
            if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32())
                errors.Add($"{path}: {count} items, fewer than minItems {minItems.GetInt32()}");
            if (schema.TryGetProperty("maxItems", out var maxItems) && count > maxItems.GetInt32())
                errors.Add($"{path}: {count} items, more than maxItems {maxItems.GetInt32()}");
        }
        if (value.ValueKind is JsonValueKind.String)
        {
            var text = value.GetString()!;
            var length = new StringInfo(text).LengthInTextElements;
            if (schema.TryGetProperty("minLength", out var minLength) && length < minLength.GetInt32())
                errors.Add($"{path}: {Show(value)} is shorter than minLength {minLength.GetInt32()}");
            if (schema.TryGetProperty("maxLength", out var maxLength) && length > maxLength.GetInt32())
                errors.Add($"{path}: {Show(value)} is longer than maxLength {maxLength.GetInt32()}");
            if (schema.TryGetProperty("pattern", out var pattern)
                && !Regex.IsMatch(text, pattern.GetString()!, RegexOptions.None, TimeSpan.FromSeconds(1)))
            {
                errors.Add($"{path}: {Show(value)} does not match the pattern {pattern.GetString()}");
            }
        }
    }

    private JsonElement Resolve(string reference)
    {
        if (!reference.StartsWith(RefPrefix, StringComparison.Ordinal))
            throw new NotSupportedException($"The reference '{reference}' is not understood: only {RefPrefix}... is.");
        var name = reference[RefPrefix.Length..];
        return schemas.TryGetProperty(name, out var target)
            ? target
            : throw new InvalidOperationException($"The reference '{reference}' names no schema in the document.");
    }

    private static string Show(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => $"an array of {value.GetArrayLength()}",
            _ => value.GetRawText(),
        };
        return text.Length > 80 ? text[..80] + "…" : text;
    }
}
