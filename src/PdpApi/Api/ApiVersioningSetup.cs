using System.Text.RegularExpressions;
using Asp.Versioning;
using Asp.Versioning.ApiExplorer;

namespace PdpApi.Api;

/// <summary>Versions live in the URL (<c>/api/v1/...</c>); responses report <c>api-supported-versions</c>.</summary>
public static partial class ApiVersioningSetup
{
    public static IServiceCollection AddPdpVersioning(this IServiceCollection services)
    {
        services
            .AddApiVersioning(options =>
            {
                options.DefaultApiVersion = new ApiVersion(1, 0);
                options.AssumeDefaultVersionWhenUnspecified = false;
                options.ReportApiVersions = true;
                options.ApiVersionReader = new UrlSegmentApiVersionReader();
            })
            .AddMvc()
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'VVV";
                options.SubstituteApiVersionInUrl = true;
            });
        return services;
    }

    /// <summary>
    /// One canonical form: the version is the URL segment (<c>/api/v1/</c>; <c>/api/v1.0/</c> is the same version).
    /// <c>?api-version=</c> is not a second way to choose one: it is refused with a 400 saying where the version goes.
    /// </summary>
    public static void UsePdpVersionInPathOnly(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments("/api") && context.Request.Query.ContainsKey("api-version"))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = Problems.InvalidParametersProblem(new Dictionary<string, string[]>
                {
                    ["api-version"] = ["The API version is chosen by the URL segment (/api/v1/...); remove this parameter."],
                }),
            });
            return;
        }
        await next(context);
    });

    /// <summary>A 404 for a version this API does not serve says so and names the versions it does.</summary>
    internal static void DescribeUnsupportedVersion(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status404NotFound)
            return;
        var match = VersionSegment().Match(context.HttpContext.Request.Path.Value ?? "");
        if (!match.Success)
            return;
        // The minimal endpoints (OpenAPI documents, health) are unversioned, so the provider's descriptions are complete.
#pragma warning disable AV0027
        var provider = context.HttpContext.RequestServices.GetRequiredService<IApiVersionDescriptionProvider>();
#pragma warning restore AV0027
        var supported = provider.ApiVersionDescriptions.Select(d => d.ApiVersion.ToString()).ToArray();
        var asked = match.Groups["version"].Value;
        if (supported.Contains(asked, StringComparer.OrdinalIgnoreCase)
            || supported.Any(s => string.Equals(s, asked + ".0", StringComparison.OrdinalIgnoreCase)))
            return;
        context.ProblemDetails.Title = "Unsupported API version";
        context.ProblemDetails.Detail = $"This API does not serve version '{asked}'. Supported versions: {string.Join(", ", supported.Select(v => "v" + v))}.";
        context.ProblemDetails.Extensions["supportedVersions"] = supported;
    }

    [GeneratedRegex(@"^/api/v(?<version>[^/]+)(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex VersionSegment();
}
