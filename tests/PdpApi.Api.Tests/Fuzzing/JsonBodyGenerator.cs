using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CsCheck;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>
/// JSON bodies for a request-body schema: valid ones built from the schema (every required property, arrays of one
/// shared length within the bounds the descriptions state, numbers above the lower bounds they state), and broken
/// ones: a property missing, of the wrong type, out of range or NaN-like; arrays too long, too short or of unequal
/// lengths; unknown and duplicate fields; nesting past any parser's depth; an empty, truncated or non-JSON body; a body
/// over the size limit; and Content-Types other than JSON.
/// </summary>
public sealed partial class JsonBodyGenerator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A JSON literal that System.Text.Json will not write (1e309): swapped in after serialising.</summary>
    private const string RawMarker = "\u0001raw:";

    private readonly JsonElement _schemas;

    public JsonBodyGenerator(JsonElement schema, JsonElement schemas)
    {
        _schemas = schemas;
        var root = Flatten(schema);
        var properties = root.GetProperty("properties").EnumerateObject().Select(p => (p.Name, Schema: Flatten(p.Value))).ToList();
        var required = root.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];

        var lengths = properties.Where(p => Type(p.Schema) == "array")
            .Select(p => LengthHint(p.Schema))
            .FirstOrDefault(h => h is not null) ?? (1, 20);
        var maxItems = properties.Where(p => Type(p.Schema) == "array" && p.Schema.TryGetProperty("maxItems", out _))
            .Select(p => p.Schema.GetProperty("maxItems").GetInt32()).DefaultIfEmpty(1000).Min();

        var valid =
            from length in Gen.Frequency((6, Gen.Int[lengths.Min, Math.Min(lengths.Max, lengths.Min + 20)]), (1, Gen.Int[lengths.Min, lengths.Max]))
            from values in Sequence(properties.Select(p => ValidValue(p.Schema, length)).ToList())
            select Object(properties.Select(p => p.Name).Zip(values));

        var names = properties.Select(p => p.Name).ToArray();
        var arrays = properties.Where(p => Type(p.Schema) == "array").Select(p => p.Name).ToArray();
        var requiredNames = names.Where(required.Contains).ToArray();

        var mutated = Gen.Frequency(
            (2, Gen.Select(valid, Gen.OneOf(requiredNames.Length > 0 ? requiredNames : names), (o, name) => Without(o, name))),
            (3, Gen.Select(valid, Gen.OneOf(names), Gen.OneOf(HostileValues), (o, name, value) => With(o, name, value()))),
            (2, arrays.Length == 0 ? valid : Gen.Select(valid, Gen.OneOf(arrays), Gen.OneOf(HostileElements), Gen.Int[0, 59],
                (o, name, element, index) => WithElement(o, name, index, element()))),
            (2, arrays.Length == 0 ? valid : Gen.Select(valid, Gen.OneOf(arrays), Gen.OneOf(0, 1, lengths.Min - 1, maxItems + 1, maxItems * 2, 10_000),
                (o, name, count) => With(o, name, new JsonArray([.. Enumerable.Range(0, count).Select(i => (JsonNode)JsonValue.Create(100.0 + i))])))),
            (1, Gen.Select(valid, Gen.OneOf("extra", "MonthlyFobPrices", "$type", "__proto__", ""),
                (o, name) => With(o, name, JsonValue.Create(1)))));

        var text = Gen.Frequency(
            (5, valid.Select(Serialize)),
            (6, mutated.Select(Serialize)),
            (1, valid.Select(o => Duplicate(Serialize(o), names[0]))),
            (1, valid.Select(o => "\uFEFF" + Serialize(o))),
            (1, valid.Select(o => Serialize(o) + new string(' ', 70_000))),
            (1, Gen.Int[65, 1000].Select(depth => new string('[', depth) + new string(']', depth))),
            (1, Gen.Int[65, 300].Select(depth => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth))),
            (3, Gen.OneOf(NonJson)));

        var contentType = Gen.Frequency(
            (12, Gen.Const<string?>("application/json")),
            (1, Gen.Const<string?>("application/json; charset=utf-8")),
            (1, Gen.OneOf<string?>((string?)null, "text/plain", "application/xml", "application/x-www-form-urlencoded",
                "application/merge-patch+json", "application/json; charset=latin1", "multipart/form-data", "application/*")));

        Bodies = Gen.Select(contentType, text, (type, body) => ((string?)type, (string?)body));
    }

    public Gen<(string? ContentType, string? Body)> Bodies { get; }

    private static readonly string[] NonJson =
    [
        "", " ", "null", "[]", "{}", "1", "\"text\"", "not json", "{", "{\"monthlyFobPrices\":", "<xml/>", "{'a':1}",
        "{\"a\":NaN}", "{\"referencePrice\":1e309}", "{\"referencePrice\":Infinity}", "[1,2,", "{\"a\":1,}", "\u0000",
        "{\"monthlyFobPrices\":[1,2,3]} trailing", "/* comment */ {}", "{\"monthlyFobPrices\":\"1,2,3\"}",
    ];

    private static readonly Func<JsonNode?>[] HostileValues =
    [
        () => JsonValue.Create("abc"), () => JsonValue.Create("NaN"), () => JsonValue.Create("Infinity"), () => JsonValue.Create("-Infinity"),
        () => JsonValue.Create("1e309"), () => JsonValue.Create(true), () => null, () => new JsonObject(), () => new JsonArray(),
        () => new JsonArray(new JsonArray(JsonValue.Create(1))), () => new JsonObject { ["a"] = new JsonObject { ["b"] = new JsonArray() } },
        () => JsonValue.Create(RawMarker + "1e309"), () => JsonValue.Create(RawMarker + "-1e309"), () => JsonValue.Create(RawMarker + "1e-400"),
        () => JsonValue.Create(-1), () => JsonValue.Create(0), () => JsonValue.Create(1e300), () => JsonValue.Create(-1e300),
        () => JsonValue.Create(double.MaxValue), () => JsonValue.Create(double.Epsilon), () => JsonValue.Create(RawMarker + "99999999999999999999999"),
        () => JsonValue.Create(""), () => JsonValue.Create("😀"),
    ];

    private static readonly Func<JsonNode?>[] HostileElements =
    [
        () => null, () => JsonValue.Create("x"), () => JsonValue.Create("NaN"), () => new JsonArray(), () => new JsonObject(),
        () => JsonValue.Create(RawMarker + "1e309"), () => JsonValue.Create(-1), () => JsonValue.Create(0), () => JsonValue.Create(1e300),
        () => JsonValue.Create(false), () => JsonValue.Create(double.Epsilon),
    ];

    private JsonElement Flatten(JsonElement schema)
    {
        // The body schema wraps its $ref in allOf (to carry a description); generation works on the target.
        while (true)
        {
            if (schema.TryGetProperty("$ref", out var reference))
                schema = _schemas.GetProperty(reference.GetString()!["#/components/schemas/".Length..]);
            else if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
                schema = allOf[0];
            else
                return schema;
        }
    }

    private static string? Type(JsonElement schema) => schema.TryGetProperty("type", out var type) ? type.GetString() : null;

    private static string Description(JsonElement schema) =>
        schema.TryGetProperty("description", out var description) ? description.GetString() ?? "" : "";

    /// <summary>"60 to 600" in an array's description: the lengths it accepts.</summary>
    private static (int Min, int Max)? LengthHint(JsonElement schema)
    {
        var match = Range().Match(Description(schema));
        return match.Success ? (int.Parse(match.Groups[1].Value, Invariant), int.Parse(match.Groups[2].Value, Invariant)) : null;
    }

    /// <summary>"(0 or more)", "(1 or more", "(more than 0)": the lower bound a number's description states.</summary>
    private static double LowerBound(JsonElement schema)
    {
        var description = Description(schema);
        var orMore = OrMore().Match(description);
        if (orMore.Success)
            return double.Parse(orMore.Groups[1].Value, Invariant);
        var moreThan = MoreThan().Match(description);
        return moreThan.Success ? double.Parse(moreThan.Groups[1].Value, Invariant) + 0.01 : 0.5;
    }

    private Gen<JsonNode?> ValidValue(JsonElement schema, int length)
    {
        schema = Flatten(schema);
        switch (Type(schema))
        {
            case "number":
            {
                var low = LowerBound(schema);
                return Gen.Double[low, low + 3].Select(d => (JsonNode?)JsonValue.Create(Math.Round(d, 4)));
            }
            case "integer":
                return Gen.Int[0, 100].Select(i => (JsonNode?)JsonValue.Create(i));
            case "boolean":
                return Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b));
            case "string":
                return Gen.String[Gen.Char.AlphaNumeric, 1, 10].Select(s => (JsonNode?)JsonValue.Create(s));
            case "array":
                var item = Flatten(schema.GetProperty("items"));
                var element = Type(item) == "number"
                    ? Gen.Double[LowerBound(item) + 50, LowerBound(item) + 500].Select(d => (JsonNode?)JsonValue.Create(Math.Round(d, 2)))
                    : ValidValue(item, length);
                return element.Array[length].Select(a => (JsonNode?)new JsonArray(a));
            default:
                throw new NotSupportedException("A body property of type " + Type(schema) + " is not generated: " + schema.GetRawText());
        }
    }

    private static Gen<T[]> Sequence<T>(IReadOnlyList<Gen<T>> gens)
    {
        var all = Gen.Const(Array.Empty<T>());
        foreach (var gen in gens)
            all = Gen.Select(all, gen, (list, item) => (T[])[.. list, item]);
        return all;
    }

    private static JsonObject Object(IEnumerable<(string Name, JsonNode? Value)> properties)
    {
        var result = new JsonObject();
        foreach (var (name, value) in properties)
            result[name] = value;
        return result;
    }

    private static JsonObject Without(JsonObject body, string name)
    {
        var copy = (JsonObject)body.DeepClone();
        copy.Remove(name);
        return copy;
    }

    private static JsonObject With(JsonObject body, string name, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        copy[name] = value;
        return copy;
    }

    private static JsonObject WithElement(JsonObject body, string name, int index, JsonNode? value)
    {
        var copy = (JsonObject)body.DeepClone();
        if (copy[name] is JsonArray array && array.Count > 0)
            array[index % array.Count] = value;
        return copy;
    }

    private static string Serialize(JsonObject body) =>
        RawLiteral().Replace(body.ToJsonString(), m => m.Groups[1].Value);

    /// <summary>The first property written twice, the second time as a string.</summary>
    private static string Duplicate(string json, string name) =>
        json[..^1] + $",\"{name}\":\"again\"}}";

    [GeneratedRegex(@"(\d+) to (\d+)")]
    private static partial Regex Range();

    [GeneratedRegex(@"(\d+(?:\.\d+)?) or more")]
    private static partial Regex OrMore();

    [GeneratedRegex(@"more than (\d+(?:\.\d+)?)")]
    private static partial Regex MoreThan();

    [GeneratedRegex(@"""\\u0001raw:([^""]*)""")]
    private static partial Regex RawLiteral();
}
