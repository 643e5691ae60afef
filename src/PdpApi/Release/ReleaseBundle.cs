using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using PdpApi.Api;

namespace PdpApi.Release;

/// <summary>
/// The whole data release as one ZIP: every collection as the CSV file <c>?format=csv</c> returns for it (made by the
/// same action and formatter, in-process), a Frictionless Data Package descriptor (<c>datapackage.json</c>) whose
/// fields, types and descriptions come from the OpenAPI document, and a README with the citations. Made once per release.
/// </summary>
public sealed class ReleaseBundle(
    IServiceScopeFactory scopes,
    EndpointDataSource endpoints,
    IApiDescriptionGroupCollectionProvider apiExplorer,
    OpenApiDocuments documents,
    PublishedRelease release)
{
    private const string ApiVersion = "v1";
    private sealed record Built(string ReleaseId, Task<byte[]> Zip);
    private volatile Built? _built;

    /// <summary>
    /// One collection of the bundle: its CSV file's name and where the API serves it. A collection inside a resource
    /// (a programme's goals) has the parameter of its path and the collection whose ids fill it.
    /// </summary>
    public sealed record BundleEntry(string Name, string Path, RouteEndpoint Endpoint, string? Parameter = null, BundleEntry? Parent = null);

    public string FileName => $"pdpapi-{release.Version}.zip";

    /// <summary>
    /// The ZIP of the release <paramref name="releaseId"/> names, made on first use and kept until the release changes
    /// (two first requests at once may both make it; the result is the same). A failed attempt is not kept.
    /// </summary>
    public async Task<byte[]> GetAsync(string? releaseId, CancellationToken cancellationToken)
    {
        if (releaseId is null)
            return await BuildAsync(cancellationToken); // the database cannot name its release: nothing to key a copy by
        var built = _built;
        if (built is null || built.ReleaseId != releaseId || built.Zip.IsFaulted || built.Zip.IsCanceled)
            _built = built = new Built(releaseId, BuildAsync(CancellationToken.None));
        return await built.Zip.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Every collection the API lists: the GET operations that return a page. Those inside a resource
    /// (<c>/cluster-programs/{id}/goals</c>) are included, over every id, when no other collection serves their rows.
    /// </summary>
    public IReadOnlyList<BundleEntry> Collections()
    {
        var pages = apiExplorer.ApiDescriptionGroups.Items
            .Where(group => group.GroupName == ApiVersion)
            .SelectMany(group => group.Items)
            .Where(api => api.HttpMethod == "GET")
            .Select(api => (Api: api, Item: api.SupportedResponseTypes
                .Select(r => r.Type).FirstOrDefault(t => t is { IsGenericType: true } && t.GetGenericTypeDefinition() == typeof(Page<>))?.GetGenericArguments()[0]))
            .Where(page => page.Item is not null)
            .ToList();
        var topLevel = pages.Where(p => !p.Api.RelativePath!.Contains('{')).ToList();
        var entries = topLevel.Select(p => Entry(p.Api, null)).ToList();
        var served = topLevel.Select(p => p.Item).ToHashSet();
        foreach (var api in pages.Where(p => p.Api.RelativePath!.Count(c => c == '{') == 1 && !served.Contains(p.Item)).Select(p => p.Api))
        {
            var path = api.RelativePath!;
            var parentPath = "/" + path[..(path.IndexOf('{') - 1)];
            if (entries.FirstOrDefault(e => e.Path == parentPath) is { } parent)
                entries.Add(Entry(api, parent));
        }
        return [.. entries.OrderBy(c => c.Name, StringComparer.Ordinal)];
    }

    private BundleEntry Entry(ApiDescription api, BundleEntry? parent)
    {
        var path = api.RelativePath!;
        var parameter = parent is null ? null : path[(path.IndexOf('{') + 1)..path.IndexOf('}')];
        var name = path["api/v1/".Length..].Replace("/{" + parameter + "}", "", StringComparison.Ordinal).Replace('/', '-');
        var endpoint = endpoints.Endpoints.OfType<RouteEndpoint>().Single(e => e.Metadata.GetMetadata<ActionDescriptor>() == api.ActionDescriptor);
        return new BundleEntry(name, "/" + path, endpoint, parameter, parent);
    }

    private async Task<byte[]> BuildAsync(CancellationToken cancellationToken)
    {
        var spec = JsonNode.Parse(documents.Get(ApiVersion, "json").Body)!;
        var resources = new JsonArray();
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var collection in Collections())
            {
                var csv = await CsvAsync(collection, cancellationToken);
                await WriteAsync(zip, $"data/{collection.Name}.csv", csv, cancellationToken);
                resources.Add(DataPackage.Resource(collection, Header(csv), spec));
            }
            await WriteAsync(zip, "datapackage.json", JsonSerializer.SerializeToUtf8Bytes(DataPackage.Descriptor(release, resources), OpenApiDocuments.Indented), cancellationToken);
            await WriteAsync(zip, "README.md", Encoding.UTF8.GetBytes(DataPackage.Readme(release, resources)), cancellationToken);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// The collection's CSV file: for one inside a resource, each id's rows in the order of the ids, under one header.
    /// </summary>
    private async Task<byte[]> CsvAsync(BundleEntry collection, CancellationToken cancellationToken)
    {
        if (collection is not { Parameter: { } parameter, Parent: { } parent })
            return await RunCsvAsync(collection, collection.Path, null, cancellationToken);
        var ids = Rows(await RunCsvAsync(parent, parent.Path, null, cancellationToken), "id");
        using var file = new MemoryStream();
        foreach (var id in ids)
        {
            var path = collection.Path.Replace("{" + parameter + "}", Uri.EscapeDataString(id), StringComparison.Ordinal);
            var csv = await RunCsvAsync(collection, path, (parameter, id), cancellationToken);
            var skip = file.Length == 0 ? 0 : Array.IndexOf(csv, (byte)'\n') + 1;
            file.Write(csv, skip, csv.Length - skip);
        }
        return file.ToArray();
    }

    /// <summary>
    /// Runs the collection's action as <c>GET {path}?format=csv</c> would: its filters give a CSV request without
    /// pageSize the whole collection up to 10,000 rows, and further pages are appended without their header.
    /// </summary>
    private async Task<byte[]> RunCsvAsync(BundleEntry collection, string path, (string Name, string Value)? routeValue, CancellationToken cancellationToken)
    {
        using var file = new MemoryStream();
        for (var page = 1; ; page++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider, RequestAborted = cancellationToken };
            context.Request.Method = HttpMethods.Get;
            context.Request.Path = path;
            context.Request.QueryString = page == 1 ? new QueryString("?format=csv")
                : QueryString.Create([new KeyValuePair<string, string?>("format", "csv"), new("pageSize", ListQuery.CsvMaxPageSize.ToString(CultureInfo.InvariantCulture)), new("page", page.ToString(CultureInfo.InvariantCulture))]);
            context.Request.RouteValues = new(collection.Endpoint.Metadata.GetMetadata<ActionDescriptor>()!.RouteValues) { ["version"] = "1" };
            if (routeValue is var (name, value))
                context.Request.RouteValues[name] = value;
            context.SetEndpoint(collection.Endpoint);
            using var body = new MemoryStream();
            context.Response.Body = body;
            await collection.Endpoint.RequestDelegate!(context);
            if (context.Response.StatusCode != StatusCodes.Status200OK)
                throw new InvalidOperationException($"{path}?format=csv answered {context.Response.StatusCode}.");
            var bytes = body.ToArray();
            var skip = page == 1 ? 0 : Array.IndexOf(bytes, (byte)'\n') + 1; // later pages repeat the header row
            file.Write(bytes, skip, bytes.Length - skip);
            var total = int.Parse(context.Response.Headers[CsvOutputFormatter.TotalCountHeader]!, CultureInfo.InvariantCulture);
            if (page * ListQuery.CsvMaxPageSize >= total)
                return file.ToArray();
        }
    }

    private static List<string> Rows(byte[] csv, string column)
    {
        using var reader = new CsvHelper.CsvReader(new StreamReader(new MemoryStream(csv)), CultureInfo.InvariantCulture);
        reader.Read();
        reader.ReadHeader();
        var values = new List<string>();
        while (reader.Read())
            values.Add(reader.GetField(column)!);
        return values;
    }

    private static string[] Header(byte[] csv)
    {
        // A collection inside a resource of which there is none has no rows and so no header either.
        using var reader = new CsvHelper.CsvReader(new StreamReader(new MemoryStream(csv)), CultureInfo.InvariantCulture);
        return reader.Read() && reader.ReadHeader() ? reader.HeaderRecord ?? [] : [];
    }

    private async Task WriteAsync(ZipArchive zip, string name, byte[] content, CancellationToken cancellationToken)
    {
        // Dated by the release, not the clock: the same release makes the same bytes.
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = new DateTimeOffset(release.Current.Date, TimeOnly.MinValue, TimeSpan.Zero);
        await using var stream = entry.Open();
        await stream.WriteAsync(content, cancellationToken);
    }
}
