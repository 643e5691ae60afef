using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;

namespace PdpApi.Api.Tests;

/// <summary>Each provider's migrations match the model; the SQL Server script for DBAs is what they produce.</summary>
public sealed class MigrationsTests
{
    private const string UpdateVariable = "PDPAPI_UPDATE_SNAPSHOTS";
    private static string SqlServerScript => Path.Combine(Repository.Root, "src", "PdpApi.Data.SqlServer", "pdpapi.sqlserver.sql");

    private static PdpDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<PdpDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, provider, connectionString, Path.GetTempPath());
        return new PdpDbContext(options.Options);
    }

    // No connection is opened: the comparison is between the model and the migrations' snapshot.
    private static PdpDbContext SqlServer() => Context(DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=True");

    private static PdpDbContext Sqlite() => Context(DatabaseProvider.Sqlite, "Data Source=unused.db");

    [Fact]
    public void Sqlite_migrations_have_no_pending_model_changes()
    {
        using var db = Sqlite();
        Assert.False(db.Database.HasPendingModelChanges(),
            "Add a migration: dotnet ef migrations add <Name> --project src/PdpApi.Data.Sqlite --startup-project src/PdpApi -- --Database:Provider Sqlite");
    }

    [Fact]
    public void SqlServer_migrations_have_no_pending_model_changes()
    {
        using var db = SqlServer();
        Assert.False(db.Database.HasPendingModelChanges(),
            "Add a migration: dotnet ef migrations add <Name> --project src/PdpApi.Data.SqlServer --startup-project src/PdpApi -- --Database:Provider SqlServer --ConnectionStrings:Pdp \"Server=unused\"");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = Sqlite();
        using var sqlServer = SqlServer();
        static IEnumerable<string> Names(PdpDbContext db) => db.Database.GetMigrations().Select(m => m[15..]);

        Assert.Equal(Names(sqlite), Names(sqlServer));
    }

    [Fact]
    public async Task The_checked_in_SqlServer_script_is_current()
    {
        using var db = SqlServer();
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
            await File.WriteAllTextAsync(SqlServerScript, script, TestContext.Current.CancellationToken);

        var checkedIn = File.Exists(SqlServerScript) ? (await File.ReadAllTextAsync(SqlServerScript, TestContext.Current.CancellationToken)).ReplaceLineEndings("\n") : "";
        Assert.True(checkedIn == script,
            $"src/PdpApi.Data.SqlServer/pdpapi.sqlserver.sql is out of date; regenerate it with `{UpdateVariable}=1 dotnet test --filter The_checked_in_SqlServer_script_is_current`.");
    }
}
