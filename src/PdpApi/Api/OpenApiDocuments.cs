using System.Collections.Concurrent;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.Swagger;

namespace PdpApi.Api;

/// <summary>
/// Serves each version's OpenAPI document (<c>/swagger/v1/swagger.json</c>, also <c>.yaml</c>) as bytes made once per
/// process: the document only changes with a new build, and generating it costs tens of milliseconds of CPU. The JSON is
/// written in the same indented form as the checked-in <c>openapi/v1.json</c>, byte for byte. Each carries a strong
/// ETag and <c>Cache-Control</c>.
/// </summary>
public sealed class OpenApiDocuments(ISwaggerProvider provider, IConfiguration configuration)
{
    /// <summary>A document's bytes, and the same bytes gzipped (made on first use) with an ETag of their own.</summary>
    public sealed record Representation(byte[] Body, string ContentType, string ETag)
    {
        public Lazy<byte[]> Gzipped { get; } = new(() => Gzip(Body));

        public string GzippedETag { get; } = ETag.Insert(ETag.Length - 1, "-gzip");
    }

    private readonly ConcurrentDictionary<(string Name, string Format), Lazy<Representation>> _documents = new();
    private readonly string _cacheControl = $"public, max-age={configuration.GetValue("HttpCaching:MaxAgeSeconds", 3600)}";

    public static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Representation Get(string name, string format) =>
        _documents.GetOrAdd((name, format), key => new Lazy<Representation>(() => Render(key.Name, key.Format))).Value;

    private Representation Render(string name, string format)
    {
        var document = provider.GetSwagger(name);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        string body, contentType;
        if (format == "yaml")
        {
            document.SerializeAsV3(new OpenApiYamlWriter(text));
            body = text.ToString();
            contentType = "text/yaml; charset=utf-8";
        }
        else
        {
            document.SerializeAsV3(new OpenApiJsonWriter(text));
            body = JsonNode.Parse(text.ToString())!.ToJsonString(Indented) + "\n";
            contentType = "application/json; charset=utf-8";
        }
        var bytes = Encoding.UTF8.GetBytes(body);
        return new Representation(bytes, contentType, $"\"{Convert.ToBase64String(SHA256.HashData(bytes)).TrimEnd('=')}\"");
    }

    /// <summary>
    /// Whether the client takes gzip (<c>Accept-Encoding: gzip</c>, or <c>*</c>, with a quality above 0). The document is
    /// over a megabyte as JSON and under a tenth of that gzipped; it is compressed once, not per request.
    /// </summary>
    private static bool AcceptsGzip(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().AcceptEncoding;
        var gzip = accepted.FirstOrDefault(e => string.Equals(e.Value.Value, "gzip", StringComparison.OrdinalIgnoreCase))
            ?? accepted.FirstOrDefault(e => e.Value.Value == "*");
        return gzip is not null && (gzip.Quality ?? 1) > 0;
    }

    private static byte[] Gzip(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize))
            gzip.Write(body);
        return compressed.ToArray();
    }

    public static void MapPdpOpenApiDocuments(WebApplication app)
    {
        foreach (var format in new[] { "json", "yaml" })
        {
            app.MapGet($"/swagger/{{documentName}}/swagger.{format}", (string documentName, HttpContext context, OpenApiDocuments documents) =>
                {
                    Representation document;
                    try
                    {
                        document = documents.Get(documentName, format);
                    }
                    catch (UnknownSwaggerDocument)
                    {
                        return Results.Problem(statusCode: StatusCodes.Status404NotFound,
                            detail: $"No OpenAPI document is named '{documentName}'; this API serves v1.");
                    }
                    context.Response.Headers.CacheControl = documents._cacheControl;
                    context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
                    var gzip = AcceptsGzip(context.Request);
                    if (HttpCachingMiddleware.AnswerNotModified(context, gzip ? document.GzippedETag : document.ETag))
                        return Results.StatusCode(StatusCodes.Status304NotModified);
                    if (!gzip)
                        return Results.Bytes(document.Body, document.ContentType);
                    context.Response.Headers.ContentEncoding = "gzip";
                    return Results.Bytes(document.Gzipped.Value, document.ContentType);
                })
                .ExcludeFromDescription();
        }
    }
}
