using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using PdpApi.Data;
using PdpApi.Data.Seeding;

namespace PdpApi.Api;

/// <summary>On start: apply the migrations (waiting for the database server, as under docker compose), then load the seed.</summary>
public static partial class DatabaseStartup
{
    /// <returns>false, after logging why, when the database cannot be prepared; the process should then exit non-zero.</returns>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PdpApi.Database");
        if (!app.Configuration.GetValue("Database:PrepareOnStart", true))
        {
            LogSkipped(logger);
            return true;
        }
        var timeout = TimeSpan.FromSeconds(app.Configuration.GetValue("Database:StartupTimeoutSeconds", 90));
        var seedPath = SeedPath(app.Configuration);
        await using var db = DatabaseServiceCollectionExtensions.CreateSetupContext(app.Configuration, app.Environment.ContentRootPath);
        try
        {
            var clock = Stopwatch.StartNew();
            await MigrateAsync(db, timeout, logger);
            var migrated = clock.ElapsedMilliseconds;
            var outcome = await SeedLoader.LoadAsync(db, seedPath);
            LogSeed(logger, seedPath, outcome, migrated, clock.ElapsedMilliseconds - migrated);
            if (db.Database.IsSqlite())
                await SettleSqliteFileAsync(db);
            return true;
        }
        catch (SeedValidationException ex)
        {
            LogFailure(logger, ex.Message);
            await Console.Error.WriteLineAsync(ex.Message);
            return false;
        }
        catch (Exception ex) when (IsUnreachable(ex))
        {
            var message = $"The database could not be prepared ({db.Database.ProviderName}): {ex.Message}";
            LogFailure(logger, message);
            await Console.Error.WriteLineAsync(message);
            return false;
        }
    }

    /// <summary><c>Seed:Path</c>; a relative path is taken from the app's folder, where the build copies <c>seed/</c>.</summary>
    public static string SeedPath(IConfiguration configuration) =>
        Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, configuration["Seed:Path"] ?? "seed"));

    private static async Task MigrateAsync(PdpDbContext db, TimeSpan timeout, ILogger logger)
    {
        if (db.Database.IsSqlite())
            EnsureSqliteFolder(db);
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                // MigrateAsync also diffs the model against the migrations' snapshot, which costs seconds on every
                // start; an up-to-date database only needs the history read. (Tests keep the model and snapshot in step.)
                if ((await db.Database.GetPendingMigrationsAsync()).Any())
                    await db.Database.MigrateAsync();
                return;
            }
            catch (Exception ex) when (IsUnreachable(ex) && clock.Elapsed + TimeSpan.FromSeconds(attempt) < timeout && !db.Database.IsSqlite())
            {
                LogRetry(logger, attempt, ex.Message);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(attempt, 5)));
            }
        }
    }

    // SQL Server's retrying execution strategy wraps the provider's exception once its retries are spent.
    private static bool IsUnreachable(Exception ex) =>
        ex is DbException || ex is RetryLimitExceededException || ex.InnerException is DbException;

    /// <summary>
    /// Serving only reads, so the file leaves write-ahead logging for a rollback journal: the database is then one file,
    /// with no -wal or -shm beside it that could be lost, or deleted by a closing connection, when an operator moves or
    /// restores it. The setup connections are closed, so no handle on the file outlives start-up.
    /// </summary>
    private static async Task SettleSqliteFileAsync(PdpDbContext db)
    {
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);");
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
        if (db.Database.GetDbConnection() is Microsoft.Data.Sqlite.SqliteConnection connection)
        {
            await connection.CloseAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearPool(connection);
        }
    }

    private static void EnsureSqliteFolder(PdpDbContext db)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
            Directory.CreateDirectory(folder);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seed from {SeedPath}: {Outcome} (migrations checked in {MigrationMilliseconds} ms, seed in {SeedMilliseconds} ms).")]
    private static partial void LogSeed(ILogger logger, string seedPath, PdpApi.Data.Seeding.SeedOutcome outcome, long migrationMilliseconds, long seedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database:PrepareOnStart is false: the database is taken as migrated and seeded.")]
    private static partial void LogSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Message}")]
    private static partial void LogFailure(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is not reachable yet (attempt {Attempt}): {Message}")]
    private static partial void LogRetry(ILogger logger, int attempt, string message);
}
