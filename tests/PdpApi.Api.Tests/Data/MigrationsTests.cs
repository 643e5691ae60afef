using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
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

    /// <summary>
    /// The compiled model the app runs on (so that a start does not build the model) describes the tables, columns,
    /// keys, indexes and relations the entity configurations do: the design-time model is always built from them.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.SqlServer)]
    public void The_compiled_model_is_the_configured_model(DatabaseProvider provider)
    {
        using var db = provider == DatabaseProvider.Sqlite ? Sqlite() : SqlServer();
        var project = provider == DatabaseProvider.Sqlite ? "PdpApi.Data.Sqlite" : "PdpApi.Data.SqlServer";
        var configured = db.GetService<IDesignTimeModel>().Model;

        Assert.Contains(".CompiledModel.", db.Model.GetType().FullName, StringComparison.Ordinal);
        Assert.True(Shape(db.Model).SequenceEqual(Shape(configured)),
            $"Compile the model again: dotnet ef dbcontext optimize --project src/{project} --startup-project src/PdpApi "
            + $"--output-dir CompiledModel --namespace {project}.CompiledModel -- --Database:Provider {provider}"
            + (provider == DatabaseProvider.SqlServer ? " --ConnectionStrings:Pdp \"Server=unused\"" : "")
            + "\nFirst difference: " + Shape(db.Model).Zip(Shape(configured)).FirstOrDefault(p => p.First != p.Second));
    }

    /// <summary>What the database and the queries see of a model, one line per fact.</summary>
    private static IEnumerable<string> Shape(IModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name, StringComparer.Ordinal).SelectMany(entity =>
            new[] { $"{entity.Name} table {entity.GetTableName()} owned {entity.IsOwned()}" }
                .Concat(entity.GetProperties().Select(p =>
                    $"{entity.Name}.{p.Name} {p.ClrType} column {p.GetColumnName()} {p.GetColumnType()} null {p.IsNullable} "
                    + $"max {p.GetMaxLength()} key {p.IsKey()} converter {p.GetTypeMapping().Converter?.GetType().Name} "
                    + $"element {p.GetElementType()?.ClrType}"))
                .Concat(entity.GetKeys().Select(k => $"{entity.Name} key {string.Join(",", k.Properties.Select(p => p.Name))}"))
                .Concat(entity.GetIndexes().Select(i => $"{entity.Name} index {i.GetDatabaseName()} unique {i.IsUnique} {string.Join(",", i.Properties.Select(p => p.Name))}"))
                .Concat(entity.GetForeignKeys().Select(f => $"{entity.Name} fk {string.Join(",", f.Properties.Select(p => p.Name))} -> {f.PrincipalEntityType.Name} {f.DeleteBehavior}"))
                .Concat(entity.GetNavigations().Select(n => $"{entity.Name} navigation {n.Name} {n.TargetEntityType.Name}"))
                .Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p =>
                    $"{entity.Name}.{c.Name}.{p.Name} {p.ClrType} column {p.GetColumnName()} {p.GetColumnType()} null {p.IsNullable} max {p.GetMaxLength()}")))
                .Order(StringComparer.Ordinal));

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
