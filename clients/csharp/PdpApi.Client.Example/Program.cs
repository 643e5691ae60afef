// Lists clusters with a filter, walks collections page by page, reads one record and provokes a 400.
// Prints the same `key: value` lines as the TypeScript example; the outside check compares them with what the API
// must answer.
using System.Reflection;
using System.Runtime.Serialization;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using PdpApi.Client;
using PdpApi.Client.Models;

var baseUrl = new Uri(Environment.GetEnvironmentVariable("PDPAPI_BASE_URL") ?? "http://localhost:5080");
var client = PdpApiClientFactory.Create(baseUrl);

// A filtered, sorted list, with its response headers.
var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
var piura = await client.Api.V1.Clusters.GetAsync(request =>
{
    request.QueryParameters.Region = "Piura";
    request.QueryParameters.Sort = "-id";
    request.QueryParameters.PageSize = 2;
    request.Options.Add(headers);
});
var piuraItems = piura?.Items ?? [];
var allInPiura = piuraItems.All(cluster => cluster.Location?.Regions?.Contains("Piura") == true);
var rateLimit = RateLimit.From(headers.ResponseHeaders);
Console.WriteLine($"piura clusters: {piura?.TotalCount}");
Console.WriteLine($"piura page: {piuraItems.Count} items, all in Piura: {(allInPiura ? "true" : "false")}");
Console.WriteLine($"piura next: {LinkPaging.Links(headers.ResponseHeaders, baseUrl).GetValueOrDefault("next")?.AbsoluteUri ?? "none"}");
Console.WriteLine($"rate limit: {rateLimit?.Policy} remaining {rateLimit?.Remaining} of {rateLimit?.Quota}");

// Every cluster, following `next`; sectors are kebab-case enum values (`agro-industry`).
var clusters = new List<ClusterDto>();
await foreach (var page in LinkPaging.WalkAsync(baseUrl, (url, inspection) => url is null
    ? client.Api.V1.Clusters.GetAsync(request =>
    {
        request.QueryParameters.PageSize = 7;
        request.Options.Add(inspection);
    })
    : client.Api.V1.Clusters.WithUrl(url).GetAsync(request => request.Options.Add(inspection))))
{
    clusters.AddRange(page.Items ?? []);
}
Console.WriteLine($"clusters walked: {clusters.Count}");
Console.WriteLine($"agro-industry clusters: {clusters.Count(cluster => cluster.Sector == ClusterSector.AgroIndustry)}");

// A cursor-paged collection: every `next` after the first page carries a cursor.
int pages = 0, walked = 0, total = -1;
await foreach (var page in LinkPaging.WalkAsync(baseUrl, (url, inspection) => url is null
    ? client.Api.V1.LegalEvents.GetAsync(request =>
    {
        request.QueryParameters.PageSize = 40;
        request.Options.Add(inspection);
    })
    : client.Api.V1.LegalEvents.WithUrl(url).GetAsync(request => request.Options.Add(inspection))))
{
    pages++;
    walked += page.Items?.Count ?? 0;
    if (total < 0)
    {
        total = page.TotalCount ?? 0;
    }
}
Console.WriteLine($"legal events walked: {walked} of {total} in {pages} pages");

// One record.
var first = await client.Api.V1.Clusters[1].GetAsync();
Console.WriteLine($"cluster 1: {first?.Name} ({WireName(first?.Sector)})");

// A bad parameter: problem details with the parameter named and a traceId.
try
{
    await client.Api.V1.Clusters.GetAsync(request => request.QueryParameters.PageSize = 0);
    Console.WriteLine("bad request: none");
}
catch (ValidationProblemDetails problem)
{
    Console.WriteLine($"bad request: {problem.ResponseStatusCode} [{string.Join(",", problem.ParameterErrors.Keys)}] traceId {problem.TraceId}");
}

// A record that does not exist.
try
{
    await client.Api.V1.Clusters[9999].GetAsync();
    Console.WriteLine("missing record: none");
}
catch (ApiException error)
{
    Console.WriteLine($"missing record: {error.ResponseStatusCode} {(error as ProblemDetails)?.Title}");
}

static string? WireName<T>(T? value) where T : struct, Enum =>
    value is null ? null : typeof(T).GetField(value.Value.ToString())?.GetCustomAttribute<EnumMemberAttribute>()?.Value;
