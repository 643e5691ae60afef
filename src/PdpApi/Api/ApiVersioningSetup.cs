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

    /// <summary>A 404 for a version this API does not serve says so and names the versions it does.</summary>
    internal static void DescribeUnsupportedVersion(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status != StatusCodes.Status404NotFound)
            return;
        var match = VersionSegment().Match(context.HttpContext.Request.Path.Value ?? "");
        if (!match.Success)
            return;
        var provider = context.HttpContext.RequestServices.GetRequiredService<IApiVersionDescriptionProvider>();
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
