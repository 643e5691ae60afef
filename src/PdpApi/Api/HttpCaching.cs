using System.Security.Cryptography;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace PdpApi.Api;

/// <summary>
/// Gives every successful GET under /api a strong ETag (a SHA-256 of the body, so JSON and CSV differ) and
/// <c>Cache-Control: public</c>, and answers a matching <c>If-None-Match</c> with 304. It sits inside the output cache,
/// which stores these headers and answers conditional requests for cached responses itself.
/// </summary>
public sealed class HttpCachingMiddleware(RequestDelegate next, IConfiguration configuration)
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
            var etag = new EntityTagHeaderValue($"\"{Convert.ToBase64String(await SHA256.HashDataAsync(buffer)).TrimEnd('=')}\"");
            response.Headers.ETag = etag.ToString();
            response.Headers.CacheControl = _cacheControl;
            var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
            if (ifNoneMatch.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(etag, useStrongComparison: false)))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }
        }

        if (buffer.Length == 0)
            return; // an empty error is left for the status-code-pages middleware to fill with problem details
        response.ContentLength = buffer.Length;
        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }
}

public static class OutputCacheSetup
{
    public static IServiceCollection AddPdpOutputCache(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.DefaultExpirationTimeSpan = TimeSpan.FromSeconds(configuration.GetValue("OutputCaching:DurationSeconds", 300));
            // The default policy already varies by the whole query string; the representation also depends on Accept.
            options.AddBasePolicy(policy => policy
                .With(context => context.HttpContext.Request.Path.StartsWithSegments("/api"))
                .SetVaryByHeader(HeaderNames.Accept));
        });
        return services;
    }

    /// <summary>Output caching of hot reads, off with <c>OutputCaching:Enabled=false</c> (benchmarks measure the uncached path).</summary>
    public static void UsePdpOutputCache(this WebApplication app)
    {
        if (app.Configuration.GetValue("OutputCaching:Enabled", true))
            app.UseOutputCache();
    }
}
