using Microsoft.AspNetCore.Cors.Infrastructure;

namespace PdpApi.Api;

/// <summary>
/// CORS for anonymous reads: a page on any origin may GET (and HEAD) the API without credentials and read the headers a
/// client needs. Preflights are answered 204 by the CORS middleware before the rate limiter counts them. The one POST,
/// the price-band calculator, changes nothing and has its own policy that also allows POST.
/// </summary>
public static class Browsers
{
    public const string CalculatorPolicy = "calculators";

    /// <summary>Response headers that scripts on other origins may read (beyond the CORS-safelisted ones).</summary>
    public static readonly string[] ExposedHeaders =
    [
        "Link", "ETag", "Retry-After", "RateLimit", "RateLimit-Policy", "api-supported-versions", "api-deprecated-versions",
        "Deprecation", "Sunset", "Content-Disposition", "Data-Release", CsvOutputFormatter.TotalCountHeader,
    ];

    public static IServiceCollection AddPdpCors(this IServiceCollection services) => services.AddCors(options =>
    {
        options.AddDefaultPolicy(policy => Anonymous(policy).WithMethods(HttpMethods.Get, HttpMethods.Head));
        options.AddPolicy(CalculatorPolicy, policy => Anonymous(policy).WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post));
    });

    private static CorsPolicyBuilder Anonymous(CorsPolicyBuilder policy) => policy
        .AllowAnyOrigin()
        .AllowAnyHeader()
        .WithExposedHeaders(ExposedHeaders)
        .SetPreflightMaxAge(TimeSpan.FromHours(2));
}
