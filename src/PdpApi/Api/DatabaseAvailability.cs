using System.Globalization;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using PdpApi.Data;

namespace PdpApi.Api;

/// <summary>
/// Tells a lost database (missing, unreadable, not a database, unreachable, timing out) from a fault in the API, so the
/// first answers 503 with Retry-After and the second stays a 500; and lets the service recover by itself when the
/// database comes back.
/// </summary>
public static class DatabaseAvailability
{
    /// <summary>Seconds a client is told to wait when the database is unavailable.</summary>
    public const int RetryAfterSeconds = 5;

    private static readonly HashSet<int> SqliteUnavailableCodes =
    [
        3, // SQLITE_PERM
        5, // SQLITE_BUSY
        6, // SQLITE_LOCKED
        8, // SQLITE_READONLY
        10, // SQLITE_IOERR
        11, // SQLITE_CORRUPT
        13, // SQLITE_FULL
        14, // SQLITE_CANTOPEN
        23, // SQLITE_AUTH
        26, // SQLITE_NOTADB
    ];

    // Connection-level SQL Server errors: timeout, network, login, database offline or unavailable, deadlock.
    private static readonly HashSet<int> SqlServerUnavailableNumbers =
        [-2, 2, 53, 64, 121, 233, 1205, 4060, 10053, 10054, 10060, 10061, 10928, 10929, 18456, 40143, 40197, 40501, 40613, 49918, 49919, 49920];

    public static bool IsUnavailable(Exception? exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case RetryLimitExceededException:
                    return true;
                case SqliteException sqlite when SqliteUnavailableCodes.Contains(sqlite.SqliteErrorCode):
                    return true;
                // A file replaced by an empty or foreign database: the seeded tables are not there.
                case SqliteException sqlite when sqlite.SqliteErrorCode == 1 && sqlite.Message.Contains("no such table", StringComparison.Ordinal):
                    return true;
                case SqlException sql when sql.Class >= 20 || sql.Errors.Cast<SqlError>().Any(e => SqlServerUnavailableNumbers.Contains(e.Number)):
                    return true;
            }
        }
        return false;
    }

    /// <summary>A short, public description of a database failure: its provider's error code, no paths or server names.</summary>
    public static string Describe(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case SqliteException sqlite:
                    return $"SQLite error {sqlite.SqliteErrorCode}";
                case SqlException sql:
                    return $"SQL Server error {sql.Number}";
            }
        }
        return exception is RetryLimitExceededException ? "SQL Server: retries exhausted" : "database error";
    }

    /// <summary>
    /// Drops pooled SQLite connections, so the next request opens the file anew: a restored file is picked up without a
    /// restart, and no handle keeps reading a file that was moved or replaced. SQL Server's pool heals by itself.
    /// </summary>
    public static void ResetConnections(PdpDbContext? db = null)
    {
        if (db is null || db.Database.IsSqlite())
            SqliteConnection.ClearAllPools();
    }

    public static void SetRetryAfter(HttpResponse response) =>
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Readiness: a real query on a seeded table (not a connection test), and for SQLite the file still at its path. While it
/// fails, the pooled connections are dropped so that recovery needs no restart.
/// </summary>
public sealed class SeededDataHealthCheck(PdpDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (db.Database.IsSqlite())
            {
                var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
                if (!string.IsNullOrEmpty(file) && file != ":memory:" && !File.Exists(file))
                {
                    DatabaseAvailability.ResetConnections(db);
                    return HealthCheckResult.Unhealthy("The database file is not at its configured path.");
                }
            }
            if (!await db.Sources.AnyAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The database answers but holds no seeded data.");
            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (DatabaseAvailability.IsUnavailable(ex))
        {
            DatabaseAvailability.ResetConnections(db);
            return HealthCheckResult.Unhealthy($"The seeded data cannot be read ({DatabaseAvailability.Describe(ex)}).");
        }
    }
}
