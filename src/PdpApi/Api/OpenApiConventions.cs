using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PdpApi.Api;

/// <summary>
/// What the OpenAPI document says beyond what the controllers declare, applied to the whole document so that every
/// operation and schema gets it, new ones included: the tags' descriptions,
/// the response headers as reusable components, the <c>traceId</c> of problem details, and references shaped the way
/// OpenAPI 3.0 tools read them.
/// </summary>
public sealed class DocumentConventionsFilter : IDocumentFilter
{
    /// <summary>One description per tag (the <c>[Tags]</c> of the controllers); a tag missing here fails a test.</summary>
    public static readonly IReadOnlyDictionary<string, string> TagDescriptions = new Dictionary<string, string>
    {
        ["Cluster programmes"] = "Section 7's cluster programmes: who funded them, when they ran, their amounts, and Table 20's goals with what was achieved.",
        ["Clusters"] = "The 30 industrial clusters of Table 19: activity, outputs, place and region, and the programmes that worked with each.",
        ["Export incentives"] = "Section 5's export incentives: the drawback regime (its rules, Table 13, the figures quoted) and the free zones and CETICOS (their acts, Table 14, the figures quoted).",
        ["Release"] = "The data release served: its version, date and seed hash, what changed, the citations of the paper and of the release (plain text and BibTeX), and the whole release as one ZIP of CSV files with a Frictionless data package.",
        ["Foreign direct investment"] = "Table 17: FDI flows and stocks by sector, the totals with their growth and share of GDP, and Section 6.2's investment-regime figures.",
        ["Indicators"] = "Measures recomputed from the stored data, each with its inputs and working and, where the paper prints the same measure, the difference; and calculators on the caller's own numbers.",
        ["Institutions"] = "The PDP agencies, programmes, funds and ministries: Table 3's classification, the economic failures each addresses, their legal history and lineage, and the figures of Tables 4, 5, 6, 12 and 18 and of COFIDE's export-finance programmes (Section 6.2).",
        ["Legal events"] = "Every dated act the paper names (laws, decrees, resolutions), by body, year, instrument, event type and administration.",
        ["Non-tariff barriers"] = "Table 9's NTB structure of Peru and ten partners in 2002, the kinds of NTB and their estimated tariff equivalents (Section 4.2).",
        ["Preferential trade arrangements"] = "Table 10's preferential trade arrangements with their dated events, the GSP, ATPA and ATPDEA schemes, the agreements since 2006 and the shares quoted in Section 4.3.",
        ["Sources"] = "The paper's tables and sections that every record cites: titles, source lines and the notes printed under them.",
        ["Statistical series"] = "Tables 1, 2, 4, 15, 16 and A2-A5 and the figures the text quotes, as series with a code, unit, period convention and dimension, and their observations.",
        ["Tariffs"] = "Section 4.1 and the tariff tables: Table 7's MFN schedules, Table 8's protection by sector, Tables A6-A8, the chronology of tariff changes and the price-band products.",
    };

    /// <summary>The response headers the API sends, declared once under <c>components/headers</c>.</summary>
    public static readonly IReadOnlyDictionary<string, OpenApiHeader> Headers = new Dictionary<string, OpenApiHeader>
    {
        ["ETag"] = Header("Strong validator of this representation; send it back in If-None-Match to get 304.",
            "\"gQYp0n1gYSt6-NRmmS3_yE_Py0dBz99nW6oiLKe939c\""),
        ["Cache-Control"] = Header("The data change only when a new seed release is loaded, so any cache may keep the answer this long.",
            "public, max-age=3600"),
        ["Link"] = Header("RFC 8288 links to the first, prev, next and last pages; on collections that page by cursor, next carries a cursor and the others a page number.",
            "</api/v1/clusters?pageSize=1&page=1>; rel=\"first\", </api/v1/clusters?pageSize=1&page=2>; rel=\"next\", </api/v1/clusters?pageSize=1&page=30>; rel=\"last\""),
        ["RateLimit-Policy"] = Header("IETF RateLimit-Policy: the budget this request draws on, its quota and window in seconds. "
            + "Budgets per client address: api (600 a minute), expensive (60: calculators, CSV pages over 100 rows), docs (300), health (1200).",
            "\"api\";q=600;w=60"),
        ["RateLimit"] = Header("IETF RateLimit: requests remaining in the current window (r) and seconds until it resets (t).",
            "\"api\";r=599;t=37"),
        ["Retry-After"] = Header("Seconds to wait before sending the request again: until the rate-limit window resets (429), or 5 while the database cannot be read (503).",
            "37", JsonSchemaType.Integer),
    };

    private static OpenApiHeader Header(string description, string example, JsonSchemaType type = JsonSchemaType.String) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = type },
        Example = type == JsonSchemaType.Integer ? System.Text.Json.Nodes.JsonValue.Create(int.Parse(example, System.Globalization.CultureInfo.InvariantCulture)) : example,
    };

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var document = swaggerDoc;
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
            if (tag.Name is { } name && TagDescriptions.TryGetValue(name, out var description))
                tag.Description = description;

        document.Components ??= new OpenApiComponents();
        document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var (name, header) in Headers)
            document.Components.Headers[name] = header;

        var schemas = document.Components.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var name in new[] { nameof(Microsoft.AspNetCore.Mvc.ProblemDetails), nameof(Microsoft.AspNetCore.Mvc.ValidationProblemDetails) })
        {
            if (schemas.TryGetValue(name, out var problem) && problem is OpenApiSchema { Properties: { } properties })
            {
                properties["traceId"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "W3C trace id of the request (version-traceid-parentid-flags): quote it when reporting a problem; the server's logs carry the same id.",
                    Pattern = "^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$",
                };
            }
        }
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
            ShapeReferences(schema, schemas);
    }

    /// <summary>
    /// A property that refers to another schema is written <c>allOf: [$ref]</c> so that it can carry its own description
    /// and <c>nullable</c>. In OpenAPI 3.0 <c>nullable</c> applies only beside a <c>type</c> and never relaxes the
    /// schemas under <c>allOf</c>, so a nullable one becomes <c>anyOf: [$ref, null]</c>; one with nothing beside the
    /// reference is the plain <c>$ref</c>.
    /// </summary>
    private static void ShapeReferences(OpenApiSchema schema, IDictionary<string, IOpenApiSchema> schemas)
    {
        if (schema.Properties is null)
            return;
        foreach (var (name, property) in schema.Properties.ToList())
        {
            if (property is not OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } wrapper)
                continue;
            var nullable = wrapper.Type is { } type && type.HasFlag(JsonSchemaType.Null);
            if (!nullable && wrapper.Description is null && wrapper.Example is null)
            {
                schema.Properties[name] = reference;
                continue;
            }
            if (!nullable || reference.Reference.Id is not { } id || !schemas.TryGetValue(id, out var target) || target.Type is not { } targetType)
                continue;
            // null must satisfy every keyword beside nullable, and a referenced schema cannot accept it: so the value is
            // either the referenced schema or null, each a branch of anyOf.
            schema.Properties[name] = new OpenApiSchema
            {
                Description = wrapper.Description,
                AnyOf = [reference, new OpenApiSchema { Type = targetType | JsonSchemaType.Null, Enum = [null!] }],
            };
        }
    }
}
