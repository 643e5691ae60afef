using Asp.Versioning;
using Microsoft.Net.Http.Headers;

namespace PdpApi.Api;

/// <summary>
/// Gives every successful GET under /api a strong ETag derived from the data release and the request
/// (<see cref="DataRelease.ETag"/>) and <c>Cache-Control: public</c>, and answers a matching <c>If-None-Match</c> with
/// 304 before any query runs. The body is streamed, never buffered or hashed. It sits inside the output cache, which
/// stores these headers and answers conditional requests for cached responses itself.
/// </summary>
public sealed partial class HttpCachingMiddleware(RequestDelegate next, IConfiguration configuration, DataRelease release)
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

        ReportApiVersions(context);
        var releaseId = await release.IdAsync(context.RequestAborted);
        if (releaseId is null)
        {
            await next(context); // the database cannot name its release: serve (or fail) without validators
            return;
        }

        var etag = DataRelease.ETag(releaseId, request);
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Any(candidate => candidate.Compare(new EntityTagHeaderValue(etag), useStrongComparison: false)))
        {
            // The client holds this representation of this release: nothing about it can have changed.
            response.StatusCode = StatusCodes.Status304NotModified;
            SetValidators(response, etag);
            return;
        }
        if (ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any)))
        {
            await AnswerAnyAsync(context, etag);
            return;
        }

        // Set before the body starts, so the output cache's copy of the headers has them; dropped again unless 200.
        SetValidators(response, etag);
        response.OnStarting(() =>
        {
            if (response.StatusCode != StatusCodes.Status200OK)
            {
                response.Headers.ETag = default;
                response.Headers.CacheControl = default;
            }
            return Task.CompletedTask;
        });
        await next(context);
    }

    private void SetValidators(HttpResponse response, string etag)
    {
        response.Headers.ETag = etag;
        response.Headers.CacheControl = _cacheControl;
    }

    /// <summary>
    /// <c>If-None-Match: *</c> (RFC 9110 13.1.2) is 304 when the resource has a representation at all, which only the
    /// response can tell: the rare request that sends it is buffered.
    /// </summary>
    private async Task AnswerAnyAsync(HttpContext context, string etag)
    {
        var response = context.Response;
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
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            response.Headers.ContentType = default;
            SetValidators(response, etag);
            return;
        }
        if (buffer.Length == 0)
            return; // an empty error is left for the status-code-pages middleware to fill with problem details
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
