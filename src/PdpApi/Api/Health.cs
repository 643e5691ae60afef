using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PdpApi.Api;

public static class Health
{
    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the seeded data can be read; while it cannot, 503
    /// problem details with Retry-After. GET (and HEAD) only, under their own generous rate-limit budget.
    /// </summary>
    public static void MapPdpHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
        app.MapHealthChecks("/health/ready", new HealthCheckOptions
            {
                Predicate = check => check.Tags.Contains("ready"),
                ResponseWriter = WriteReadinessAsync,
            })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]));
    }

    private static async Task WriteReadinessAsync(HttpContext context, HealthReport report)
    {
        if (report.Status == HealthStatus.Healthy)
        {
            context.Response.ContentType = "text/plain";
            await context.Response.WriteAsync("Healthy");
            return;
        }
        DatabaseAvailability.SetRetryAfter(context.Response);
        var reasons = report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Value.Description ?? e.Key);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Service Unavailable",
                Detail = string.Join(" ", reasons),
            },
        });
    }
}
