using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PdpApi.Data;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
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
        services.AddDbContext<PdpDbContext>((serviceProvider, options) =>
        {
            var configuration = serviceProvider.GetRequiredService<IConfiguration>();
            Configure(options, ReadProvider(configuration), configuration.GetConnectionString("Pdp"), contentRoot);
        });
        return services;
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

    public static void Configure(DbContextOptionsBuilder options, DatabaseProvider provider, string? connectionString, string contentRoot)
    {
        switch (provider)
        {
            case DatabaseProvider.Sqlite:
                options.UseSqlite(
                    AnchorSqliteFile(connectionString ?? DefaultSqliteConnectionString, contentRoot),
                    sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
            case DatabaseProvider.SqlServer:
                if (string.IsNullOrWhiteSpace(connectionString))
                    throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:Pdp is not set.");
                options.UseSqlServer(connectionString, sql =>
                {
                    sql.MigrationsAssembly(SqlServerMigrationsAssembly);
                    sql.EnableRetryOnFailure();
                });
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, null);
        }
        // Reads are projections straight to DTOs; nothing needs change tracking except the seed loader, which opts in.
        options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
    }

    private static string AnchorSqliteFile(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && !Path.IsPathRooted(file)
            && !connectionString.Contains("Mode=Memory", StringComparison.OrdinalIgnoreCase))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        }
        return builder.ToString();
    }
}
