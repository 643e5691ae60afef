using System.Text.Json.Nodes;
using Asp.Versioning.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using PdpApi.Release;

namespace PdpApi.Api;

/// <summary>
/// <c>GET /</c>: a small JSON index for whoever arrives at the root: the API versions, every resource that can be read
/// without an id (with its link and summary, from the OpenAPI document), the documentation, the spec and the release.
/// </summary>
public static class FrontDoor
{
    public static void MapPdpFrontDoor(this WebApplication app) =>
        app.MapGet("/", (IApiVersionDescriptionProvider versions, IApiDescriptionGroupCollectionProvider apiExplorer,
                OpenApiDocuments documents, PublishedRelease release) => Results.Json(Index(versions, apiExplorer, documents, release)))
            .ExcludeFromDescription();

    private static JsonObject Index(IApiVersionDescriptionProvider versions, IApiDescriptionGroupCollectionProvider apiExplorer,
        OpenApiDocuments documents, PublishedRelease release)
    {
        var index = new JsonObject
        {
            ["name"] = "PdpApi",
            ["description"] = "The evidence on Peru's productive development policies, 1990-2007, as published in the source working paper.",
            ["versions"] = new JsonArray([.. versions.ApiVersionDescriptions.Select(v => new JsonObject
            {
                ["version"] = v.ApiVersion.ToString(),
                ["href"] = $"/api/{v.GroupName}",
                ["deprecated"] = v.IsDeprecated,
                ["spec"] = $"/swagger/{v.GroupName}/swagger.json",
                ["resources"] = Resources(v.GroupName, apiExplorer, documents),
            })]),
            ["documentation"] = "/swagger",
            ["release"] = new JsonObject
            {
                ["version"] = release.Version,
                ["date"] = release.Current.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                ["href"] = "/api/v1/release",
                ["bundle"] = "/api/v1/bundle",
                ["citation"] = release.PaperText,
            },
            ["health"] = new JsonObject { ["live"] = "/health/live", ["ready"] = "/health/ready" },
        };
        return index;
    }

    /// <summary>The GET operations of a version whose path has no parameter: the collections, the calculators, the release.</summary>
    public static IEnumerable<ApiDescription> ReadableWithoutId(this IApiDescriptionGroupCollectionProvider apiExplorer, string version) =>
        apiExplorer.ApiDescriptionGroups.Items
            .Where(group => group.GroupName == version)
            .SelectMany(group => group.Items)
            .Where(api => api.HttpMethod == "GET" && api.RelativePath is { } path && !path.Contains('{'));

    /// <summary>The version's GET operations without a path parameter, each with the summary its spec gives it.</summary>
    private static JsonArray Resources(string version, IApiDescriptionGroupCollectionProvider apiExplorer, OpenApiDocuments documents)
    {
        var spec = JsonNode.Parse(documents.Get(version, "json").Body)!;
        return new JsonArray([.. apiExplorer.ReadableWithoutId(version)
            .Select(api => "/" + api.RelativePath)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .Select(path => new JsonObject { ["href"] = path, ["summary"] = spec["paths"]?[path]?["get"]?["summary"]?.GetValue<string>() })]);
    }
}
