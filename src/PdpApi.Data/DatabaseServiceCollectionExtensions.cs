using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PdpApi.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>What a context is for: preparing the database at start-up, or serving reads afterwards.</summary>
public enum DatabaseUse
{
    /// <summary>Migrations and the seed load: a missing SQLite file is created.</summary>
    Setup,

    /// <summary>Serving requests: a missing SQLite file is an error, never silently recreated empty.</summary>
    Serve,
}

public static class DatabaseServiceCollectionExtensions
{
    public const string SqliteMigrationsAssembly = "PdpApi.Data.Sqlite";
    public const string SqlServerMigrationsAssembly = "PdpApi.Data.SqlServer";
    public const string DefaultSqliteConnectionString = "Data Source=pdpapi.db";

    /// <summary>
    /// Registers <see cref="PdpDbContext"/> on the provider named by <c>Database:Provider</c>
    /// (<c>Sqlite</c>, the default, or <c>SqlServer</c>) with the connection string <c>ConnectionStrings:Pdp</c>,
    /// both read from the configuration when the first context is made.
    /// A relative SQLite file is placed under <paramref name="contentRoot"/>.
    /// </summary>
    public static IServiceCollection AddPdpDatabase(this IServiceCollection services, string contentRoot)
    {
        // Pooled: the options (provider, warnings, interceptors) are built once, not on every request's context.
        services.AddDbContextPool<PdpDbContext>((serviceProvider, options) =>
        {
            var configuration = serviceProvider.GetRequiredService<IConfiguration>();
            Configure(options, ReadProvider(configuration), configuration.GetConnectionString("Pdp"), contentRoot, DatabaseUse.Serve,
                int.TryParse(configuration["Database:CommandTimeoutSeconds"], out var seconds) && seconds > 0 ? seconds : 10);
        });
        return services;
    }

    /// <summary>A context for preparing the database (migrations, seed), from the same settings as the serving ones.</summary>
    public static PdpDbContext CreateSetupContext(IConfiguration configuration, string contentRoot)
    {
        var options = new DbContextOptionsBuilder<PdpDbContext>();
        Configure(options, ReadProvider(configuration), configuration.GetConnectionString("Pdp"), contentRoot, DatabaseUse.Setup);
        // Migrate would first build the design-time model and diff it against the migrations' snapshot (about half a
        // second) only to log a warning; MigrationsTests asserts the same thing, for both providers, on every build.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning));
        return new PdpDbContext(options.Options);
    }

    public static DatabaseProvider ReadProvider(IConfiguration configuration)
    {
        var text = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(text))
            return DatabaseProvider.Sqlite;
        if (Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var provider) && Enum.IsDefined(provider))
            return provider;
        throw new InvalidOperationException(
            $"Database:Provider is '{text}'; it must be one of: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
    }

    /// <remarks>
    /// <c>commandTimeoutSeconds</c> is how long a query may wait (on a lock, a slow server) before it fails, so that a
    /// request meets an unavailable database with a prompt 503 rather than a hung connection.
    /// </remarks>
    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString, string contentRoot,
        DatabaseUse use = DatabaseUse.Setup, int? commandTimeoutSeconds = null)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(
                    SqliteConnectionString(connectionString ?? DefaultSqliteConnectionString, contentRoot, use),
                    sqlite =>
                    {
                        sqlite.MigrationsAssembly(SqliteMigrationsAssembly);
                        sqlite.CommandTimeout(commandTimeoutSeconds);
                        sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.MultipleParameters);
                    });
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Pdp is not set.");
                options.UseSqlServer(connectionString, sql =>
                {
                    sql.MigrationsAssembly(SqlServerMigrationsAssembly);
                    sql.CommandTimeout(commandTimeoutSeconds);
                    sql.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter);
                    // Serving retries briefly, so that a lost server answers 503 within seconds; start-up waits longer
                    // in its own loop (DatabaseStartup).
                    if (use == DatabaseUse.Serve)
                        sql.EnableRetryOnFailure(maxRetryCount: 2, maxRetryDelay: TimeSpan.FromSeconds(2), errorNumbersToAdd: null);
                    else
                        sql.EnableRetryOnFailure();
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
        if (CompiledModel(provider) is { } model)
            options.UseModel(model);
        // A filter's list of values (?region=Piura,Lima): SQLite gets one parameter per value (IN (@a, @b)), because
        // behind json_each its planner cannot see that one value leaves the rows in index order, and sorted every
        // match instead (a first page of 111,000 matching observations: 26 ms against 0.13 ms). SQL Server gets one
        // JSON parameter (OPENJSON), whose plan is the same for any number of values.
        // Reads are projections straight to DTOs; nothing needs change tracking except the seed loader, which opts in.
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    /// <summary>
    /// The model compiled ahead of time (<c>dotnet ef dbcontext optimize</c>) into the provider's migrations assembly:
    /// building it from the entity configurations costs over a second on every start.
    /// </summary>
    private static Microsoft.EntityFrameworkCore.Metadata.IModel? CompiledModel(DatabaseProvider provider)
    {
        var assembly = provider == DatabaseProvider.Sqlite ? SqliteMigrationsAssembly : SqlServerMigrationsAssembly;
        var type = Type.GetType($"{assembly}.CompiledModel.PdpDbContextModel, {assembly}");
        return type?.GetProperty("Instance")?.GetValue(null) as Microsoft.EntityFrameworkCore.Metadata.IModel;
    }

    /// <summary>
    /// Anchors a relative file under <paramref name="contentRoot"/>; when serving, opens the file read-write without
    /// creating it, so that a database file moved away while the API runs gives errors (503) instead of a new empty file.
    /// </summary>
    public static string SqliteConnectionString(string connectionString, string contentRoot, DatabaseUse use)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || builder.Mode == SqliteOpenMode.Memory)
            return builder.ToString();
        if (!Path.IsPathRooted(file))
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        if (use == DatabaseUse.Serve && builder.Mode == SqliteOpenMode.ReadWriteCreate)
            builder.Mode = SqliteOpenMode.ReadWrite;
        return builder.ToString();
    }
}
