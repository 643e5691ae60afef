using Asp.Versioning;
using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace PdpApi.Api;

/// <summary>
/// Gives every successful GET under /api a strong ETag (a SHA-256 of the body, so JSON and CSV differ) and
/// <c>Cache-Control: public</c>, and answers a matching <c>If-None-Match</c> with 304. It sits inside the output cache,
/// which stores these headers and answers conditional requests for cached responses itself.
/// </summary>
public sealed partial class HttpCachingMiddleware(RequestDelegate next, IConfiguration configuration)
{
    private readonly string _cacheControl = $"public, max-age={configuration.GetValue("HttpCaching:MaxAgeSeconds", 3600)}";

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.Vary = HeaderNames.Accept;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            await next(context);
            return;
        }

        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            buffer.Position = 0;
            var etag = $"\"{Convert.ToBase64String(await SHA256.HashDataAsync(buffer)).TrimEnd('=')}\"";
            response.Headers.CacheControl = _cacheControl;
            if (AnswerNotModified(context, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        ReportApiVersions(context);
        if (buffer.Length == 0)
            return; // an empty error is left for the status-code-pages middleware to fill with problem details
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }
}

public sealed partial class HttpCachingMiddleware
{
    /// <summary>
    /// Asp.Versioning writes <c>api-supported-versions</c> when the response starts, after the output cache has taken its
    /// copy of the headers; reporting here, before the body is written, puts the header in the cached copy too.
    /// </summary>
    private static void ReportApiVersions(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<ApiVersionMetadata>() is not { } metadata)
            return;
        var reporter = context.RequestServices.GetService<IReportApiVersions>();
        reporter?.Report(context.Response, metadata.Map(reporter.Mapping));
    }

    /// <summary>Sets the ETag; true when the request's <c>If-None-Match</c> matches it (weak comparison, RFC 9110 13.1.2).</summary>
    public static bool AnswerNotModified(HttpContext context, string etag)
    {
        context.Response.Headers.ETag = etag;
        var tag = new EntityTagHeaderValue(etag);
        return context.Request.GetTypedHeaders().IfNoneMatch
            .Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false));
    }
}
