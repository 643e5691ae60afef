using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Net.Http.Headers;
using StackExchange.Redis;

namespace PdpApi.Api;

/// <summary>
/// Output caching of hot reads under /api. Entries live in this process's memory, or, when <c>OutputCaching:Redis</c>
/// holds a StackExchange.Redis connection string, in Redis, where every replica of the API finds what another stored.
/// Redis is a cache, not a dependency: while it cannot be reached, every lookup is a miss and the response comes from
/// the database (the output cache middleware logs the failed lookups and writes and answers as if uncached).
/// </summary>
public static class OutputCacheSetup
{
    /// <summary>What the keys of this API's entries start with in a Redis shared with other applications.</summary>
    public const string RedisInstanceName = "pdpapi:";

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
        AddStoreChosenByConfiguration(services);
        return services;
    }

    /// <summary>Output caching of hot reads, off with <c>OutputCaching:Enabled=false</c> (benchmarks measure the uncached path).</summary>
    public static void UsePdpOutputCache(this WebApplication app)
    {
        if (app.Configuration.GetValue("OutputCaching:Enabled", true))
            app.UseOutputCache();
    }

    /// <summary>
    /// Registers both stores and lets the configuration pick one when the store is first needed: settings added by the
    /// host after registration (test hosts, for one) count too, as they do for the database.
    /// </summary>
    private static void AddStoreChosenByConfiguration(IServiceCollection services)
    {
        var inMemory = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.AddStackExchangeRedisOutputCache(_ => { });
        var redis = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton(provider =>
            Create(provider, RedisConnection(provider.GetRequiredService<IConfiguration>()) is null ? inMemory : redis));

        services.AddOptions<RedisOutputCacheOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            if (RedisConnection(configuration) is not { } connection)
                return;
            var redisOptions = ConfigurationOptions.Parse(connection);
            // While Redis is down, a command fails at once (a cache miss) instead of queueing until its timeout, so a
            // request never waits on the cache; the library already keeps connecting in the background.
            redisOptions.BacklogPolicy = BacklogPolicy.FailFast;
            options.ConfigurationOptions = redisOptions;
            options.InstanceName = RedisInstanceName;
        });
    }

    private static string? RedisConnection(IConfiguration configuration) =>
        configuration["OutputCaching:Redis"] is { } value && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static IOutputCacheStore Create(IServiceProvider provider, ServiceDescriptor registration) =>
        (IOutputCacheStore)(registration.ImplementationFactory?.Invoke(provider)
            ?? registration.ImplementationInstance
            ?? ActivatorUtilities.CreateInstance(provider, registration.ImplementationType!));
}
