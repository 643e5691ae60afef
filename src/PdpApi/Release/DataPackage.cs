using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace PdpApi.Release;

/// <summary>
/// The bundle's descriptors: <c>datapackage.json</c> (Frictionless Data Package v1, tabular) and README.md. A field's
/// type, description and allowed values are those of the same JSON field in the OpenAPI document.
/// </summary>
internal static class DataPackage
{
    public static JsonObject Descriptor(PublishedRelease release, JsonArray resources)
    {
        var seed = release.Seed;
        return new JsonObject
        {
            ["profile"] = "tabular-data-package",
            ["name"] = "pdpapi-peru-productive-development-policies",
            ["title"] = $"Productive development policies in Peru, 1990-2007: the data of {seed.Field("number").Value}",
            ["description"] = "Every table of the working paper and the facts its text states, as served by the PdpApi REST API; "
                              + "each row names the paper's table or section and the footnotes that qualify it.",
            ["version"] = release.Version,
            ["created"] = $"{release.Current.Date:yyyy-MM-dd}T00:00:00Z",
            ["seedSha256"] = release.SeedSha256,
            ["keywords"] = new JsonArray([.. seed.List("keywords").Select(k => JsonValue.Create(k))]),
            ["licenses"] = new JsonArray(new JsonObject
            {
                ["name"] = "other-at",
                ["title"] = $"Other (Attribution). The paper's terms: {seed.Field("reuse").Value}",
            }),
            ["sources"] = new JsonArray(new JsonObject { ["title"] = release.PaperText }),
            ["contributors"] = new JsonArray([.. seed.List("authors").Select(a => new JsonObject { ["title"] = a, ["role"] = "author" })]),
            ["resources"] = resources,
        };
    }

    /// <summary>A tabular data resource for one collection's CSV file, described from the OpenAPI document.</summary>
    public static JsonObject Resource(ReleaseBundle.BundleEntry collection, IReadOnlyList<string> header, JsonNode spec)
    {
        var operation = spec["paths"]![collection.Path]!["get"]!;
        var page = Resolve(operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!, spec);
        var item = Resolve(page["properties"]!["items"]!["items"]!, spec);
        return new JsonObject
        {
            ["name"] = collection.Name,
            ["path"] = $"data/{collection.Name}.csv",
            ["profile"] = "tabular-data-resource",
            ["title"] = operation["summary"]?.GetValue<string>(),
            ["format"] = "csv",
            ["mediatype"] = "text/csv",
            ["encoding"] = "utf-8",
            ["api"] = collection.Path,
            ["description"] = operation["description"]?.GetValue<string>() + (collection.Parent is { } parent
                ? $" Here for every {parent.Path} id, one after another." : ""),
            ["dialect"] = new JsonObject { ["delimiter"] = ",", ["lineTerminator"] = "\r\n", ["header"] = true },
            ["schema"] = new JsonObject
            {
                ["fields"] = new JsonArray([.. header.Select(name => Field(name, item, spec))]),
                ["missingValues"] = new JsonArray(""),
            },
        };
    }

    private static JsonObject Field(string dottedName, JsonNode item, JsonNode spec)
    {
        JsonNode? property = null;
        var schema = item;
        foreach (var part in dottedName.Split('.'))
        {
            property = schema["properties"]?[part] ?? throw new InvalidOperationException($"The OpenAPI document has no field '{dottedName}'.");
            schema = Resolve(property, spec);
        }
        var field = new JsonObject
        {
            ["name"] = dottedName,
            ["type"] = (schema["type"]?.GetValue<string>(), schema["format"]?.GetValue<string>()) switch
            {
                ("integer", _) => "integer",
                ("number", _) => "number",
                ("boolean", _) => "boolean",
                ("string", "date") => "date",
                _ => "string", // text, enum members, and lists written as values joined with "; "
            },
            ["description"] = (property!["description"] ?? schema["description"])?.GetValue<string>()
                              + (schema["type"]?.GetValue<string>() == "array" ? " In CSV, a list: the values joined with \"; \"." : ""),
        };
        if (schema["enum"] is JsonArray members)
            field["constraints"] = new JsonObject { ["enum"] = members.DeepClone() };
        if (Unit(dottedName) is { } unit)
            field["unit"] = unit;
        return field;
    }

    /// <summary>The unit a field's name states (the API's naming convention: sharePercent, refundUsd, meanIntervalYears).</summary>
    private static string? Unit(string name) => name switch
    {
        _ when name.EndsWith("Percent", StringComparison.Ordinal) => "percent",
        _ when name.EndsWith("MillionsUsd", StringComparison.Ordinal) || name.EndsWith("UsdMillions", StringComparison.Ordinal) => "millions of US dollars",
        _ when name.EndsWith("Usd", StringComparison.Ordinal) => "US dollars",
        _ when name.EndsWith("Years", StringComparison.Ordinal) => "years",
        _ => null,
    };

    /// <summary>
    /// Follows a <c>$ref</c>, a property's <c>allOf</c> around one, or a nullable reference (<c>anyOf</c> of it and
    /// <c>null</c>) to the schema it names.
    /// </summary>
    private static JsonNode Resolve(JsonNode schema, JsonNode spec)
    {
        if (schema["$ref"]?.GetValue<string>() is { } reference)
            return Resolve(spec["components"]!["schemas"]![reference["#/components/schemas/".Length..]]!, spec);
        if (schema["allOf"] is JsonArray { Count: 1 } wrapped)
            return Resolve(wrapped[0]!, spec);
        if (schema["anyOf"] is JsonArray alternatives && alternatives.Where(a => a?["$ref"] is not null).ToList() is [{ } referenced])
            return Resolve(referenced, spec);
        return schema;
    }

    public static string Readme(PublishedRelease release, JsonArray resources)
    {
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"# PdpApi data release {release.Version}")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"The data of {release.Seed.Field("title").Value} ({release.Seed.Field("series").Value} No. {release.Seed.Field("number").Value}),")
            .AppendLine(CultureInfo.InvariantCulture, $"as the PdpApi REST API serves them on {release.Current.Date:yyyy-MM-dd}. SHA-256 of the seed: {release.SeedSha256}.")
            .AppendLine()
            .AppendLine("## Cite")
            .AppendLine()
            .AppendLine("The paper:")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"> {release.PaperText}")
            .AppendLine()
            .AppendLine("```bibtex").Append(release.PaperBibtex).AppendLine("```")
            .AppendLine()
            .AppendLine("This data release:")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"> {release.ReleaseText}")
            .AppendLine()
            .AppendLine("```bibtex").Append(release.ReleaseBibtex).AppendLine("```")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"Terms of reuse, as the paper states them: {release.Seed.Field("reuse").Value}")
            .AppendLine()
            .AppendLine("## What changed since the previous release")
            .AppendLine()
            .AppendLine(release.Current.Changes)
            .AppendLine()
            .AppendLine("## Files")
            .AppendLine()
            .AppendLine("Each file of `data/` is what the API returns for the collection with `?format=csv` (RFC 4180, UTF-8, a header row;")
            .AppendLine("the JSON fields as columns, nested fields with dotted names, lists joined with \"; \"; an empty cell is a missing value,")
            .AppendLine("whose reason is in its `nullReason` column where the collection has one; a text cell a spreadsheet could run as a")
            .AppendLine("formula starts with an apostrophe). `datapackage.json` describes every column: type, description, unit, allowed values.")
            .AppendLine()
            .AppendLine("| file | API | what |")
            .AppendLine("|---|---|---|");
        foreach (var resource in resources)
            text.AppendLine(CultureInfo.InvariantCulture, $"| `{resource!["path"]}` | `{resource["api"]}` | {resource["title"]} |");
        return text.ToString();
    }
}
