using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace PdpApi.Api;

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
