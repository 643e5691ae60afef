using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.OutputCaching.StackExchangeRedis;
using Microsoft.Extensions.DependencyInjection;
using PdpApi.Api.Tests.Infrastructure;
using StackExchange.Redis;

namespace PdpApi.Api.Tests;

/// <summary>
/// The output cache's store: memory by default, Redis with <c>OutputCaching:Redis</c>, shared by replicas, and never a
/// reason to fail a request. The tests that need a server use the one at <c>PDPAPI_TEST_REDIS</c> (default
/// 127.0.0.1:6379), each under a key prefix of its own; with no variable and no server there they are reported as
/// skipped, while a server named in the variable that does not answer fails them.
/// </summary>
public sealed class RedisOutputCacheTests(ApiFixture api)
{
    private const string Path = "/api/v1/clusters?region=Piura";
    private const string DefaultAddress = "127.0.0.1:6379";
    private static readonly string? ConfiguredAddress = Environment.GetEnvironmentVariable("PDPAPI_TEST_REDIS");
    private static readonly Lazy<Task<IConnectionMultiplexer?>> Server = new(() => ConnectAsync(Address));
    private static string Address => string.IsNullOrWhiteSpace(ConfiguredAddress) ? DefaultAddress : ConfiguredAddress;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public void Without_OutputCaching_Redis_the_store_is_in_memory()
    {
        var store = api.Factory.Services.GetRequiredService<IOutputCacheStore>();

        Assert.Equal("MemoryOutputCacheStore", store.GetType().Name);
    }

    [Fact]
    public async Task An_unreachable_Redis_is_a_cache_miss_and_the_database_answers_without_delay()
    {
        using var app = new RedisApp($"127.0.0.1:{ClosedPort()}", "pdpapi-test-unreachable:");
        using var client = app.CreateClient();
        Assert.Equal(typeof(RedisOutputCacheOptions).Namespace, app.Services.GetRequiredService<IOutputCacheStore>().GetType().Namespace);

        var first = await client.GetAsync(Path, Cancel);
        var body = await first.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        for (var i = 0; i < 2; i++)
        {
            var clock = Stopwatch.StartNew();
            var again = await client.GetAsync(Path, Cancel);

            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            Assert.Null(again.Headers.Age); // not from a cache: there is none to answer
            Assert.Equal(body, await again.Content.ReadAsStringAsync(Cancel));
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"a request took {clock.Elapsed} with Redis unreachable");
        }
    }

    [Fact]
    public Task A_repeated_read_is_served_from_entries_stored_in_Redis()
        => WithRedisAsync(async (redis, prefix) =>
        {
            using var app = new RedisApp(Address, prefix);
            using var client = app.CreateClient();

            var first = await client.GetAsync(Path, Cancel);
            await WaitForKeysAsync(redis, prefix);
            var repeat = await client.GetAsync(Path, Cancel);

            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.Null(first.Headers.Age);
            Assert.NotNull(repeat.Headers.Age);
            Assert.Equal(first.Headers.ETag, repeat.Headers.ETag);
        });

    [Fact]
    public Task A_second_replica_answers_from_the_entry_the_first_stored()
        => WithRedisAsync(async (redis, prefix) =>
        {
            using var replicaA = new RedisApp(Address, prefix);
            using var replicaB = new RedisApp(Address, prefix);
            using var clientA = replicaA.CreateClient();
            using var clientB = replicaB.CreateClient();

            var fromA = await clientA.GetAsync(Path, Cancel);
            await WaitForKeysAsync(redis, prefix);
            var fromB = await clientB.GetAsync(Path, Cancel);

            Assert.Null(fromA.Headers.Age);
            Assert.Equal(HttpStatusCode.OK, fromB.StatusCode);
            Assert.NotNull(fromB.Headers.Age); // B never ran the query: the entry is A's
            Assert.Equal(fromA.Headers.ETag, fromB.Headers.ETag);
            Assert.Equal(await fromA.Content.ReadAsStringAsync(Cancel), await fromB.Content.ReadAsStringAsync(Cancel));
        });

    [Fact]
    public Task When_Redis_goes_away_the_database_answers_without_delay()
        => WithRedisAsync(async (redis, prefix) =>
        {
            using var relay = new TcpRelay(redis.GetEndPoints()[0]);
            using var app = new RedisApp(relay.Address, prefix);
            using var client = app.CreateClient();
            await client.GetAsync(Path, Cancel);
            await WaitForKeysAsync(redis, prefix);
            var cached = await client.GetAsync(Path, Cancel);
            Assert.NotNull(cached.Headers.Age);

            relay.Cut();

            foreach (var path in new[] { Path, Path, "/api/v1/clusters?region=Lima", "/api/v1/clusters?region=Lima" })
            {
                var clock = Stopwatch.StartNew();
                var response = await client.GetAsync(path, Cancel);

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Null(response.Headers.Age);
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"{path} took {clock.Elapsed} after Redis went away");
            }
        });

    /// <summary>The app with the output cache in Redis under <paramref name="instanceName"/>, so runs and tests do not meet.</summary>
    private sealed class RedisApp(string redis, string instanceName)
        : ApiFactory(new Dictionary<string, string?> { ["OutputCaching:Redis"] = redis })
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services =>
                services.PostConfigure<RedisOutputCacheOptions>(options => options.InstanceName = instanceName));
        }
    }

    /// <summary>Runs a test against the test server under a key prefix of its own, whose keys are deleted afterwards.</summary>
    private static async Task WithRedisAsync(Func<IConnectionMultiplexer, string, Task> test)
    {
        var redis = await RedisAsync();
        var prefix = $"pdpapi-test-{Guid.NewGuid():N}:";
        try
        {
            await test(redis, prefix);
        }
        finally
        {
            await DeleteKeysAsync(redis, prefix);
        }
    }

    private static async Task<IConnectionMultiplexer> RedisAsync()
    {
        if (await Server.Value is { } redis)
            return redis;
        Assert.SkipWhen(string.IsNullOrWhiteSpace(ConfiguredAddress),
            $"No Redis server answers at {DefaultAddress}; set PDPAPI_TEST_REDIS to the address of one.");
        throw new InvalidOperationException($"PDPAPI_TEST_REDIS is {ConfiguredAddress}, but no Redis server answers there.");
    }

    private static async Task<IConnectionMultiplexer?> ConnectAsync(string address)
    {
        try
        {
            return await ConnectionMultiplexer.ConnectAsync($"{address},abortConnect=true,connectTimeout=2000");
        }
        catch (RedisConnectionException)
        {
            return null;
        }
    }

    private static async Task<List<RedisKey>> KeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        var keys = new List<RedisKey>();
        await foreach (var key in redis.GetServer(redis.GetEndPoints()[0]).KeysAsync(pattern: prefix + "*").WithCancellation(Cancel))
            keys.Add(key);
        return keys;
    }

    /// <summary>The entry is written as the response completes; wait (briefly) until Redis holds it.</summary>
    private static async Task WaitForKeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        for (var clock = Stopwatch.StartNew(); clock.Elapsed < TimeSpan.FromSeconds(5); await Task.Delay(50, Cancel))
        {
            if ((await KeysAsync(redis, prefix)).Count > 0)
                return;
        }
        Assert.Fail($"no key starting with {prefix} appeared in Redis");
    }

    private static async Task DeleteKeysAsync(IConnectionMultiplexer redis, string prefix)
    {
        var keys = await KeysAsync(redis, prefix);
        if (keys.Count > 0)
            await redis.GetDatabase().KeyDeleteAsync([.. keys]);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
