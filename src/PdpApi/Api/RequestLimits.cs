using Microsoft.AspNetCore.Mvc;

namespace PdpApi.Api;

/// <summary>
/// Bounds on what a request may be. The application answers a long URL (414) or large headers (431) with problem details
/// itself, below Kestrel's own limits (set higher), so a client learns what to fix; past Kestrel's limits, and for bytes
/// Kestrel refuses in the request line (a NUL in the path), Kestrel answers with an empty body before the app runs.
/// Bodies are capped globally and per operation (<c>[RequestSizeLimit]</c>), and must arrive at a minimum rate: both
/// are answered 413/408 problems by <see cref="ExceptionProblems"/>.
/// </summary>
public static class RequestLimits
{
    public const int MaxUrlBytes = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const long MaxBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddPdpRequestLimits(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxBodyBytes;
            kestrel.Limits.MaxRequestLineSize = 2 * MaxUrlBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 2 * MaxHeaderBytes;
            kestrel.Limits.MinRequestBodyDataRate = new Microsoft.AspNetCore.Server.Kestrel.Core.MinDataRate(
                bytesPerSecond: 240, gracePeriod: TimeSpan.FromSeconds(5));
            kestrel.Limits.RequestHeadersTimeout = TimeSpan.FromSeconds(15);
        });
        return builder;
    }

    public static void UsePdpRequestLimits(this WebApplication app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var urlBytes = request.Path.Value?.Length + request.QueryString.Value?.Length ?? 0;
        if (urlBytes > MaxUrlBytes)
        {
            await RejectAsync(context, StatusCodes.Status414UriTooLong,
                $"The URL is {urlBytes} characters long; this API reads at most {MaxUrlBytes}. Send fewer or shorter filter values.");
            return;
        }
        var headerBytes = 0;
        foreach (var (name, values) in request.Headers)
        {
            headerBytes += name.Length + 4;
            foreach (var value in values)
                headerBytes += value?.Length ?? 0;
        }
        if (headerBytes > MaxHeaderBytes)
        {
            await RejectAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge,
                $"The request headers add up to {headerBytes} characters; this API reads at most {MaxHeaderBytes}.");
            return;
        }
        await next(context);
    });

    private static async Task RejectAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails { Status = status, Detail = detail },
        });
    }
}
