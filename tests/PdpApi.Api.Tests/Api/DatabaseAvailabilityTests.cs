using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;

namespace PdpApi.Api.Tests;

/// <summary>
/// A database that disappears, turns unreadable or cannot be reached: data requests and readiness answer 503 problems
/// with Retry-After within a bounded time, no empty database is ever created, and the service recovers by itself.
/// </summary>
public sealed class DatabaseAvailabilityTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static ApiFactory App(bool pooling) => new(new Dictionary<string, string?>
    {
        ["ConnectionStrings:Pdp"] = "Data Source={folder}/served.db" + (pooling ? "" : ";Pooling=False"),
        ["OutputCaching:Enabled"] = "false",
    });

    private static string FileOf(ApiFactory factory) =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(
            factory.Services.GetRequiredService<IConfiguration>().GetConnectionString("Pdp")).DataSource;

    private static async Task AssertUnavailableAsync(HttpClient client, string path)
    {
        var clock = Stopwatch.StartNew();
        var (response, problem) = await client.GetJsonAsync(path);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(503, problem["status"]!.GetValue<int>());
        Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter!.Delta);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"{path} took {clock.Elapsed} to fail");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_database_file_moved_away_answers_503_creates_nothing_and_recovers_when_restored(bool pooling)
    {
        using var factory = App(pooling);
        using var client = factory.CreateClient();
        var file = FileOf(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters/1", Cancel)).StatusCode);

        var away = file + ".away";
        File.Move(file, away);
        await AssertUnavailableAsync(client, "/health/ready");
        await AssertUnavailableAsync(client, "/api/v1/clusters/2");
        await AssertUnavailableAsync(client, "/api/v1/legal-events?pageSize=5");
        Assert.False(File.Exists(file), "a request created an empty database file in place of the missing one");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live", Cancel)).StatusCode);

        File.Move(away, file);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/clusters/2", Cancel)).StatusCode);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_answers_503_until_the_real_one_is_back()
    {
        // Permissions cannot make a file unreadable to root, which runs CI; a file that is not a database can.
        using var factory = App(pooling: true);
        using var client = factory.CreateClient();
        var file = FileOf(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Cancel)).StatusCode);

        var original = await File.ReadAllBytesAsync(file, Cancel);
        await File.WriteAllTextAsync(file, "this is not an SQLite database, and it is long enough to have a header", Cancel);
        await AssertUnavailableAsync(client, "/health/ready");
        await AssertUnavailableAsync(client, "/api/v1/series?pageSize=5");

        await File.WriteAllBytesAsync(file, original, Cancel);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Cancel)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/series?pageSize=5", Cancel)).StatusCode);
    }

    [Fact]
    public async Task An_empty_database_in_place_of_the_seeded_one_is_not_ready()
    {
        using var factory = App(pooling: true);
        using var client = factory.CreateClient();
        var file = FileOf(factory);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/ready", Cancel)).StatusCode);

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Move(file, file + ".away");
        await using (var empty = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
        {
            await empty.OpenAsync(Cancel);
            await using var command = empty.CreateCommand();
            command.CommandText = "CREATE TABLE Unrelated (Id INTEGER)";
            await command.ExecuteNonQueryAsync(Cancel);
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await AssertUnavailableAsync(client, "/health/ready");
        await AssertUnavailableAsync(client, "/api/v1/clusters/1");
    }

    [Fact]
    public async Task A_readiness_failure_is_a_problem_that_says_why_without_paths()
    {
        using var factory = App(pooling: true);
        using var client = factory.CreateClient();
        var file = FileOf(factory);
        File.Move(file, file + ".away");

        var (_, problem) = await client.GetJsonAsync("/health/ready");

        Assert.Equal("The database file is not at its configured path.", problem["detail"]!.GetValue<string>());
        Assert.DoesNotContain(Path.GetTempPath(), problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_sql_server_is_classified_as_unavailable_within_seconds()
    {
        var options = new DbContextOptionsBuilder<PdpDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, DatabaseProvider.SqlServer,
            "Server=tcp:127.0.0.1,1;Database=pdp;Connect Timeout=1;TrustServerCertificate=True", Path.GetTempPath(), DatabaseUse.Serve, 2);
        await using var db = new PdpDbContext(options.Options);
        var clock = Stopwatch.StartNew();

        var error = await Record.ExceptionAsync(() => db.Clusters.AnyAsync(Cancel));

        Assert.NotNull(error);
        Assert.True(PdpApi.Api.DatabaseAvailability.IsUnavailable(error), error.ToString());
        Assert.StartsWith("SQL Server", PdpApi.Api.DatabaseAvailability.Describe(error), StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_fault_in_the_api_is_not_mistaken_for_an_unavailable_database()
    {
        Assert.False(PdpApi.Api.DatabaseAvailability.IsUnavailable(new InvalidOperationException("The LINQ expression could not be translated.")));
        Assert.False(PdpApi.Api.DatabaseAvailability.IsUnavailable(new Microsoft.Data.Sqlite.SqliteException("SQLite Error 1: 'no such column: x'.", 1)));
        Assert.True(PdpApi.Api.DatabaseAvailability.IsUnavailable(new Microsoft.Data.Sqlite.SqliteException("SQLite Error 14: 'unable to open database file'.", 14)));
    }
}
