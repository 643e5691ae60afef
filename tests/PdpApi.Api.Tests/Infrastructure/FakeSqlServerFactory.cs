using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PdpApi.Data;

namespace PdpApi.Api.Tests.Infrastructure;

/// <summary>
/// The app on the SQL Server provider with no server behind it: connections are never opened, and every command's SQL is
/// recorded instead of run. A query answers no rows, except a lone COUNT (0) and a lone EXISTS (true, so that a
/// sub-collection's queries after its owner's existence check run too), and those <c>canned</c> answers with rows.
/// EF still translates every query as it would for a real server, so a LINQ query SQL Server cannot run fails here.
/// </summary>
public sealed class FakeSqlServerFactory(Func<string, DataTable?>? canned = null) : ApiFactory(new Dictionary<string, string?>
{
    ["Database:Provider"] = "SqlServer",
    ["ConnectionStrings:Pdp"] = "Server=sqlserver.invalid;Database=PdpApi;TrustServerCertificate=True;Connect Timeout=1",
    ["Database:PrepareOnStart"] = "false",
    ["RateLimiting:Enabled"] = "false",
    ["OutputCaching:Enabled"] = "false",
})
{
    /// <summary>The SQL sent, each with the request that was being served (set <see cref="SqlLog.Request"/> before a call).</summary>
    public SqlLog Sql { get; } = new();

    /// <summary>Exceptions the app logged as errors (an unhandled one in a request is logged with its type and message).</summary>
    public ErrorLog Errors { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.ConfigureDbContext<PdpDbContext>(options => options.AddInterceptors(new NoConnection(), new RecordedCommands(Sql, canned)));
            services.AddSingleton<ILoggerProvider>(Errors);
        });
    }

    private sealed class NoConnection : DbConnectionInterceptor
    {
        public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
            InterceptionResult.Suppress();

        public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
            InterceptionResult result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult.Suppress());
    }

    private sealed class RecordedCommands(SqlLog log, Func<string, DataTable?>? canned) : DbCommandInterceptor
    {
        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
            InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command.CommandText));

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(InterceptionResult<DbDataReader>.SuppressWithResult(Answer(command.CommandText)));

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            log.Add(command.CommandText);
            return InterceptionResult<object>.SuppressWithResult(null!);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(ScalarExecuting(command, eventData, result));

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            log.Add(command.CommandText);
            return InterceptionResult<int>.SuppressWithResult(0);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(NonQueryExecuting(command, eventData, result));

        private DataTableReader Answer(string sql)
        {
            log.Add(sql);
            return (canned?.Invoke(sql) ?? NoRows(log.Parse(sql))).CreateDataReader();
        }
    }

    /// <summary>
    /// No rows, with as many columns as the query selects (EF checks the count). EF reads Count() and Any() through a
    /// reader and takes its single row; with none they would fail ("Sequence contains no elements") before the page's
    /// own query is sent, so a lone COUNT answers 0 and a lone EXISTS true.
    /// </summary>
    private static DataTable NoRows((TSqlScript Script, IList<ParseError> Errors) sql)
    {
        var (script, errors) = sql;
        if (errors.Count > 0 || script.Batches is not [{ Statements: [SelectStatement { QueryExpression: var expression }] }])
            return new DataTable();
        var query = First(expression);
        if (query is { GroupByClause: null, SelectElements: [SelectScalarExpression { Expression: var value }] })
        {
            switch (value)
            {
                case FunctionCall { FunctionName.Value: var name } when name.Equals("COUNT", StringComparison.OrdinalIgnoreCase):
                    return Row(0);
                case FunctionCall { FunctionName.Value: var name } when name.Equals("COUNT_BIG", StringComparison.OrdinalIgnoreCase):
                    return Row(0L);
                case SearchedCaseExpression { WhenClauses: [{ WhenExpression: ExistsPredicate }] }:
                    return Row(true);
            }
        }
        var table = new DataTable();
        for (var i = 0; i < (query?.SelectElements.Count ?? 0); i++)
            table.Columns.Add("c" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), typeof(object));
        return table;
    }

    // The select list that names the result's columns: the first branch of a UNION, inside any parentheses.
    private static QuerySpecification? First(QueryExpression? expression) => expression switch
    {
        QuerySpecification query => query,
        BinaryQueryExpression union => First(union.FirstQueryExpression),
        QueryParenthesisExpression parenthesis => First(parenthesis.QueryExpression),
        _ => null,
    };

    private static DataTable Row<T>(T value) where T : notnull
    {
        var table = new DataTable();
        table.Columns.Add("value", typeof(T));
        table.Rows.Add(value);
        return table;
    }
}

/// <summary>The commands sent to the database, in order, each with the request being served.</summary>
public sealed class SqlLog
{
    private readonly ConcurrentQueue<(string Request, string Sql)> _commands = new();
    private readonly ConcurrentDictionary<string, (TSqlScript Script, IList<ParseError> Errors)> _parsed = new(StringComparer.Ordinal);

    /// <summary>The request being served; requests are made one at a time.</summary>
    public string Request { get; set; } = "";

    public IReadOnlyCollection<(string Request, string Sql)> Commands => _commands;

    internal void Add(string sql) => _commands.Enqueue((Request, sql));

    /// <summary>The statement as T-SQL, parsed once however often it is sent.</summary>
    public (TSqlScript Script, IList<ParseError> Errors) Parse(string sql) =>
        _parsed.GetOrAdd(sql, text => (TSql.Parse(text, out var errors), errors));
}

/// <summary>The exceptions logged at Error or above, with the logger's category.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    private readonly ConcurrentQueue<(string Category, Exception Exception)> _entries = new();

    public IReadOnlyCollection<(string Category, Exception Exception)> Entries => _entries;

    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel) && exception is not null)
                log._entries.Enqueue((category, exception));
        }
    }
}
