using System.Net;
using Microsoft.Data.SqlClient;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>
/// The app end to end on SQL Server: run when <c>ConnectionStrings__PdpSqlServer</c> names a server (the database in
/// it is replaced by a fresh one per run, dropped afterwards); reported as skipped otherwise.
/// </summary>
public sealed class SqlServerTests
{
    private static readonly string? ConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__PdpSqlServer");
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_api_migrates_seeds_and_serves_clusters_on_SqlServer()
    {
        Assert.SkipWhen(string.IsNullOrWhiteSpace(ConnectionString), "ConnectionStrings__PdpSqlServer is not set; no SQL Server to test against.");
        var builder = new SqlConnectionStringBuilder(ConnectionString) { InitialCatalog = "PdpApiTest_" + Guid.NewGuid().ToString("N")[..12] };
        try
        {
            using var factory = new ApiFactory(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "SqlServer",
                ["ConnectionStrings:Pdp"] = builder.ConnectionString,
            });
            using var client = factory.CreateClient();

            var (response, page) = await client.GetJsonAsync("/api/v1/clusters?region=jun%C3%ADn&sort=-id");
            var ready = await client.GetAsync("/health/ready", Cancel);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([25, 19], page.Ids());
            Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        }
        finally
        {
            await DropAsync(builder);
        }
    }

    private static async Task DropAsync(SqlConnectionStringBuilder database)
    {
        var master = new SqlConnectionStringBuilder(database.ConnectionString) { InitialCatalog = "master" };
        await using var connection = new SqlConnection(master.ConnectionString);
        await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = $"IF DB_ID('{database.InitialCatalog}') IS NOT NULL BEGIN ALTER DATABASE [{database.InitialCatalog}] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE [{database.InitialCatalog}]; END";
        await command.ExecuteNonQueryAsync(Cancel);
    }
}
