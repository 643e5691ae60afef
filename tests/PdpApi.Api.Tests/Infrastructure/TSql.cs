using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace PdpApi.Api.Tests.Infrastructure;

/// <summary>Reads T-SQL as SQL Server 2022 does (compatibility level 160), for checks that need no server.</summary>
public static class TSql
{
    /// <summary>The whole text as a script: <c>GO</c> lines separate its batches, as in sqlcmd or SSMS.</summary>
    public static TSqlScript Parse(string sql, out IList<ParseError> errors)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        return (TSqlScript)parser.Parse(reader, out errors);
    }

    public static string Describe(ParseError error) =>
        $"line {error.Line}, column {error.Column}: {error.Message} (error {error.Number})";

    /// <summary>Every node of <paramref name="fragment"/> of type <typeparamref name="T"/>, nested ones included.</summary>
    public static List<T> All<T>(TSqlFragment fragment) where T : TSqlFragment
    {
        var visitor = new Collector<T>();
        fragment.Accept(visitor);
        return visitor.Found;
    }

    private sealed class Collector<T> : TSqlFragmentVisitor where T : TSqlFragment
    {
        public List<T> Found { get; } = [];

        public override void Visit(TSqlFragment fragment)
        {
            if (fragment is T match)
                Found.Add(match);
        }
    }
}
