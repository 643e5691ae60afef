using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PdpApi.Api;

/// <summary>
/// The examples of the OpenAPI document, all from one place. Each operation's parameters have an example request,
/// chosen so that "Try it out" with every example filled in returns real rows (a test sends each one). Each schema's
/// example is a value the API really serves: <c>OpenApiExamples.json</c> is written by a test that sends those example
/// requests and keeps, for every schema, the first value of it in the answers (arrays cut to two items); the same test
/// fails when the file no longer matches the data or a schema has no example.
/// </summary>
public static class OpenApiExamples
{
    /// <summary>Examples of parameters that mean the same on every operation.</summary>
    private static readonly Dictionary<string, string> Shared = new()
    {
        ["page"] = "1",
        ["pageSize"] = "2",
        ["format"] = "json",
        [CursorPaging.Parameter] = "",
    };

    private const string PromperuMerger = "body=promperu&year=2001..&instrumentType=supreme-decree&eventType=merged-into"
                                          + "&administration=garcia-2006&q=PROMPEX&publishedOnly=true&date=2007";
    private const string PromperuImpacts = "dataset=impacts&institution=promperu&measure=impact-score&respondent=beneficiary&period=2001-2008";

    /// <summary>
    /// Each operation's example request: its path and query parameters as a query string. An empty value marks a
    /// parameter the operation accepts but no value of which selects anything here (it applies to a sibling operation,
    /// or no row has the field).
    /// </summary>
    private static readonly Dictionary<string, string> Operations = new()
    {
        ["listClusterPrograms"] = "cluster=6&kind=donor-funded-project&q=networks",
        ["getClusterProgram"] = "id=development-of-business-networks",
        ["listClusterProgramFigures"] = "id=development-of-business-networks",
        ["listClusterProgramGoals"] = "id=development-of-business-networks",
        ["listClusters"] = "region=Cajamarca&sector=agro-industry&id=1..10&q=cheese",
        ["getCluster"] = "id=1",
        ["listDrawbackRules"] = "ruleType=rate&year=2006",
        ["listDrawbackExports"] = "sector=primary&period=2003-2005&measure=s1-share-of-drawback-exports-percent",
        ["listDrawbackFigures"] = "year=1998",
        ["listFreeZones"] = "kind=free-zone&preferredOnly=true",
        ["getFreeZone"] = "id=zofratacna",
        ["listFreeZoneImports"] = "sector=manufactures&period=1993-1995&measure=s1-share-of-tacna-imports-percent",
        ["listFreeZoneRules"] = "ruleType=requirement&year=2000",
        ["listFreeZoneFigures"] = "year=1991",
        ["listFdiSectorShares"] = "sector=mining&flowOrStock=stock&period=2007&measure=&sourceSeries=",
        ["listFdiTotals"] = "sector=total&flowOrStock=flow&period=1990-1995&measure=millions-usd&sourceSeries=national",
        ["listFdiFigures"] = "year=2006",
        ["listIndicators"] = "sourceTable=table-8",
        ["computeTariffStructure"] = "bandRates=0,2.5,7.5,12.5,17.5,25",
        ["computeEffectiveProtection"] = "outputTariff=25&coefficients=0.3,0.2&inputTariffs=15,15&traded=true,true&method=corden",
        ["rankSectorEffectiveProtection"] = "period=1991",
        ["computeProtectionGrowthCorrelations"] = "measure=effective-protection",
        ["computeConcentration"] = "dataset=fdi-flows&period=1990-1995&k=3",
        ["computeLegalInstability"] = "institution=promperu",
        ["computeDrawback"] = "year=2006&fobExportValueUsd=100000&cifImportedInputsUsd=20000&hsHeading=6109100031"
                              + "&inputsUnderPreferentialRegime=false&tariffHeadingExportsPreviousYearUsd=5000000",
        ["transformSeries"] = "series=t1-real-output-growth&transformation=cagr&dimension=gdp&from=1991-1995&to=2006-2007"
                              + "&period=2006-2007&total=100",
        ["getEconomicFailure"] = "id=coordination-failures",
        ["listAllInstitutionFigures"] = PromperuImpacts,
        ["getInstitution"] = "id=promperu",
        ["listInstitutions"] = "kind=agency&failure=information-externalities&dimension=horizontal&type=market-intervention&selected=true&q=export",
        ["listInstitutionLegalEvents"] = "id=promperu&" + PromperuMerger,
        ["listInstitutionFigures"] = "id=promperu&" + PromperuImpacts,
        ["getInstitutionLineage"] = "id=promperu",
        ["listLegalEvents"] = PromperuMerger,
        ["getLegalEvent"] = "id=2007-promperu-prompex-merged",
        ["listNtbCountries"] = "country=peru,chile",
        ["getNtbCountry"] = "id=chile",
        ["listNtbTariffEquivalents"] = "year=",
        ["listPtas"] = "partner=Chile&startYear=1990..2000",
        ["getPta"] = "id=andean-community",
        ["listPtaEvents"] = "pta=andean-community&year=1990..1999&date=1990..1999",
        ["listPtaFigures"] = "year=1998",
        ["listSources"] = "kind=table",
        ["getSource"] = "id=table-19",
        ["listFootnotes"] = "sourceId=table-8",
        ["listSeries"] = "sourceTable=table-1&dimension=aggregate&unit=percent-per-year&q=growth",
        ["listObservations"] = "period=1993&dimension=gdp&sourceTable=table-1&series=t1-real-output-growth",
        ["getSeries"] = "code=t1-real-output-growth",
        ["listSeriesObservations"] = "code=t1-real-output-growth&period=1993&dimension=gdp&sourceTable=&series=",
        ["listTariffSchedules"] = "year=1991",
        ["getTariffSchedule"] = "id=1991-06",
        ["listSectorProtection"] = "sector=textiles&period=2001&periodAsPrinted=2001-2002&measure=effective-protection&isAverage=false",
        ["listTariffChanges"] = "year=1990..1995&q=rates&date=1990-03..1995",
        ["getSectorGroup"] = "id=all-goods",
        ["listTariffStructure"] = "group=all-goods&year=2001&indicator=simple-average-percent",
        ["listTariffBandShares"] = "group=all-goods&year=2001&band=0-5&placement=confident",
        ["listProtectionGrowthCorrelations"] = "period=1990&measure=effective-protection",
    };

    private static readonly Lazy<Dictionary<string, Dictionary<string, string>>> ParsedOperations = new(() =>
        Operations.ToDictionary(o => o.Key, o => QueryHelpers.ParseQuery("?" + o.Value).ToDictionary(p => p.Key, p => p.Value.ToString())));

    /// <summary>The example of a parameter as text, or null when there is none.</summary>
    public static string? Parameter(string? operationId, string name, IReadOnlyList<string>? sortFields)
    {
        if (operationId is not null && ParsedOperations.Value.TryGetValue(operationId, out var parameters)
            && parameters.TryGetValue(name, out var value))
            return value;
        if (name == "sort" && sortFields is [var first, ..])
            return first;
        return Shared.GetValueOrDefault(name);
    }

    /// <summary>Requests whose answers take a shape the example requests do not show (each transformation of a series has
    /// its own result), read for schema examples only.</summary>
    public static readonly IReadOnlyList<(string OperationId, string Url)> OtherAnswers =
    [
        ("transformSeries", "/api/v1/indicators/series-transformations?series=t1-real-output-growth&transformation=change&dimension=gdp"),
        ("transformSeries", "/api/v1/indicators/series-transformations?series=t1-real-gdp-shares&transformation=share&period=2006-2007"),
    ];

    /// <summary>The price-band calculator's example body (the paper prints no monthly prices, so these are illustrative:
    /// five years of FOB prices around US$200 a tonne at constant prices and the paper's rules, k = 1 and a 10 percent margin).</summary>
    public const string PriceBandRequest = """
        {"monthlyFobPrices":[210,205,198,202,215,220,212,208,199,195,190,188,192,197,205,211,218,224,230,226,219,214,209,
        204,200,196,193,191,194,199,203,207,212,216,221,225,228,223,217,211,206,201,197,194,192,190,189,193,198,204,210,
        215,219,222,218,213,208,204,201,199],"cpiFactors":[1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,
        1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1],"standardDeviationShare":1,"marginFactor":1.1,"referencePrice":180}
        """;

    /// <summary>Examples of schemas that no GET answer carries (request bodies), by schema name.</summary>
    public static readonly IReadOnlyDictionary<string, string> RequestSchemas = new Dictionary<string, string>
    {
        ["PriceBandRequest"] = PriceBandRequest,
    };

    public const string ResourceName = "PdpApi.Api.OpenApiExamples.json";

    /// <summary>The key, in <c>OpenApiExamples.json</c>, of one real problem for each error status, put on the responses of that status.</summary>
    public const string ProblemsKey = "problems by status";

    /// <summary>The served problem of each error status ("404", "429"...), from <c>OpenApiExamples.json</c>.</summary>
    public static IReadOnlyDictionary<string, JsonNode> Problems =>
        Schemas.Value.TryGetValue(ProblemsKey, out var problems) && problems is JsonObject byStatus
            ? byStatus.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!)
            : new Dictionary<string, JsonNode>();

    /// <summary>The served values kept for each schema (see the class summary), by schema name.</summary>
    public static readonly Lazy<IReadOnlyDictionary<string, JsonNode>> Schemas = new(() =>
    {
        using var stream = typeof(OpenApiExamples).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null || JsonNode.Parse(stream) is not JsonObject file)
            return new Dictionary<string, JsonNode>();
        return file.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!);
    });

    /// <summary>A text example as the JSON value the parameter's schema asks for (a number, a boolean or a string).</summary>
    public static JsonNode? Typed(string text, IOpenApiSchema? schema)
    {
        var type = schema?.Type ?? 0;
        if (type.HasFlag(JsonSchemaType.Array)) // a comma-separated list (explode: false) is an array of its items
            return new JsonArray([.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(item => Typed(item, schema!.Items))]);
        if (type.HasFlag(JsonSchemaType.Integer) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer))
            return JsonValue.Create(integer);
        if (type.HasFlag(JsonSchemaType.Number) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return JsonValue.Create(number);
        if (type.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(text, out var boolean))
            return JsonValue.Create(boolean);
        return JsonValue.Create(text);
    }
}

/// <summary>Puts the examples of <see cref="OpenApiExamples"/> on every parameter, schema and request body.</summary>
public sealed class ExamplesFilter : IOperationFilter, IDocumentFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            var description = context.ApiDescription.ParameterDescriptions.FirstOrDefault(p => p.Name == parameter.Name);
            var example = OpenApiExamples.Parameter(operation.OperationId, parameter.Name!, VersionedOperationFilter.SortFields(description));
            if (example is not null)
                parameter.Example = OpenApiExamples.Typed(example, parameter.Schema);
        }
        var problems = OpenApiExamples.Problems;
        foreach (var (status, response) in operation.Responses ?? [])
            if (problems.TryGetValue(status, out var problem) && response.Content is { } content
                && content.TryGetValue("application/problem+json", out var media) && media is OpenApiMediaType served)
                served.Example = problem.DeepClone();
    }

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        foreach (var (name, schema) in swaggerDoc.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (schema is not OpenApiSchema target)
                continue;
            if (OpenApiExamples.Schemas.Value.TryGetValue(name, out var served))
                target.Example = served.DeepClone();
            else if (OpenApiExamples.RequestSchemas.TryGetValue(name, out var request))
                target.Example = JsonNode.Parse(request);
            else if (target.Enum is [var first, ..])
                target.Example = first?.DeepClone();
        }
    }
}
