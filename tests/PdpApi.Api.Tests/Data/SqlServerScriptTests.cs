using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;

namespace PdpApi.Api.Tests;

/// <summary>
/// The idempotent script handed to DBAs (src/PdpApi.Data.SqlServer/pdpapi.sqlserver.sql) is valid T-SQL for SQL Server
/// 2022 and builds the schema the model maps to. MigrationsTests keeps it equal to what the migrations generate; this
/// reads what it says, without a server.
/// </summary>
public sealed class SqlServerScriptTests
{
    private const string HistoryTable = "__EFMigrationsHistory";
    private static string ScriptFile => Path.Combine(Repository.Root, "src", "PdpApi.Data.SqlServer", "pdpapi.sqlserver.sql");
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_checked_in_SqlServer_script_parses_as_TSql_for_SqlServer_2022()
    {
        var text = await File.ReadAllTextAsync(ScriptFile, Cancel);

        var script = TSql.Parse(text, out var errors);

        Assert.True(errors.Count == 0, "pdpapi.sqlserver.sql does not parse:\n" + string.Join("\n", errors.Select(TSql.Describe)));
        // GO is a batch separator, not T-SQL: the parser must have split the script where it has one.
        var separators = text.ReplaceLineEndings("\n").Split('\n').Count(line => line.Trim().Equals("GO", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(separators, script.Batches.Count);
        // The SQL inside EXEC(N'...') is only parsed when the server runs it; a literal one is read here too.
        var dynamic = DynamicSql(script).ToList();
        Assert.NotEmpty(dynamic);
        Assert.All(dynamic, sql =>
        {
            TSql.Parse(sql, out var inner);
            Assert.True(inner.Count == 0, $"EXEC(N'{sql}') does not parse:\n" + string.Join("\n", inner.Select(TSql.Describe)));
        });
    }

    [Fact]
    public async Task The_checked_in_SqlServer_script_creates_every_table_and_column_of_the_model()
    {
        var script = TSql.Parse(await File.ReadAllTextAsync(ScriptFile, Cancel), out var errors);
        Assert.Empty(errors);
        using var db = SqlServerContext();
        var model = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();

        var built = SchemaBuiltBy(script);

        Assert.True(built.Remove(HistoryTable), "the script does not create " + HistoryTable);
        var expected = model.Tables.ToDictionary(t => t.Name, t => t.Columns.Select(c => c.Name).Order(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), built.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, table => Assert.True(
            table.Value.SequenceEqual(built[table.Key].Order(StringComparer.Ordinal)),
            $"{table.Key}: the model maps [{string.Join(", ", table.Value)}], the script builds [{string.Join(", ", built[table.Key].Order(StringComparer.Ordinal))}]"));
    }

    [Fact]
    public async Task The_checked_in_SqlServer_script_records_every_migration()
    {
        var script = TSql.Parse(await File.ReadAllTextAsync(ScriptFile, Cancel), out _);
        using var db = SqlServerContext();

        var recorded = TSql.All<InsertStatement>(script)
            .Where(insert => Name(insert.InsertSpecification.Target) == HistoryTable)
            .Select(insert => ((ValuesInsertSource)insert.InsertSpecification.InsertSource).RowValues[0].ColumnValues[0])
            .Select(value => ((StringLiteral)value).Value);

        Assert.Equal(db.Database.GetMigrations(), recorded);
    }

    // No connection is opened: the model and the migrations are all that is read.
    private static PdpDbContext SqlServerContext()
    {
        var options = new DbContextOptionsBuilder<PdpDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=True", Path.GetTempPath());
        return new PdpDbContext(options.Options);
    }

    /// <summary>The tables and columns left after running every statement in order: creates, adds, drops and renames.</summary>
    private static Dictionary<string, HashSet<string>> SchemaBuiltBy(TSqlScript script)
    {
        var tables = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var statement in TSql.All<TSqlStatement>(script))
        {
            switch (statement)
            {
                case CreateTableStatement create:
                    tables.Add(create.SchemaObjectName.BaseIdentifier.Value,
                        create.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value).ToHashSet(StringComparer.Ordinal));
                    break;
                case AlterTableAddTableElementStatement add:
                    tables[add.SchemaObjectName.BaseIdentifier.Value].UnionWith(add.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
                    break;
                case AlterTableDropTableElementStatement drop:
                    foreach (var element in drop.AlterTableDropTableElements.Where(e => e.TableElementType == TableElementType.Column))
                        tables[drop.SchemaObjectName.BaseIdentifier.Value].Remove(element.Name.Value);
                    break;
                case DropTableStatement dropTable:
                    foreach (var table in dropTable.Objects)
                        tables.Remove(table.BaseIdentifier.Value);
                    break;
                case ExecuteStatement { ExecuteSpecification.ExecutableEntity: ExecutableProcedureReference procedure }
                    when procedure.ProcedureReference?.ProcedureReference?.Name.BaseIdentifier.Value == "sp_rename":
                    Rename(tables, procedure.Parameters.Select(p => (p.ParameterValue as StringLiteral)?.Value).ToList());
                    break;
            }
        }
        return tables;
    }

    // EF renames with sp_rename N'[Table].[Column]', N'New', 'COLUMN' and sp_rename N'[Table]', N'New' (indexes are not followed).
    private static void Rename(Dictionary<string, HashSet<string>> tables, List<string?> arguments)
    {
        var parts = (arguments[0] ?? "").Split("].[", StringSplitOptions.None).Select(p => p.Trim('[', ']')).ToArray();
        var kind = arguments.Count > 2 ? arguments[2] : null;
        if (kind == "COLUMN" && parts.Length == 2 && tables[parts[0]].Remove(parts[1]))
            tables[parts[0]].Add(arguments[1]!);
        else if (kind is null or "OBJECT" && parts.Length == 1 && tables.Remove(parts[0], out var columns))
            tables.Add(arguments[1]!, columns);
    }

    private static string? Name(TableReference target) => (target as NamedTableReference)?.SchemaObject.BaseIdentifier.Value;

    /// <summary>The text of each <c>EXEC(N'...')</c> made of literals only (those that splice in a variable cannot be read).</summary>
    private static IEnumerable<string> DynamicSql(TSqlScript script) =>
        TSql.All<ExecutableStringList>(script)
            .Where(list => list.Strings.All(s => s is StringLiteral))
            .Select(list => string.Concat(list.Strings.Cast<StringLiteral>().Select(s => s.Value)));
}
