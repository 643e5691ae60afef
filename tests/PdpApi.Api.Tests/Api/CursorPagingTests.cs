using Microsoft.EntityFrameworkCore;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;

namespace PdpApi.Api.Tests;

/// <summary>The rows after a cursor are exactly those that follow its row in the order, whatever the keys' types, directions and nulls.</summary>
public sealed class CursorPagingTests
{
    private enum Kind { Beta, Alpha, Gamma }

    private sealed record Row(int Id, int? Rank, string Name, Kind Kind, double? Score);

    private static readonly SortFields<Row> Sorts = new SortFields<Row>()
        .Add("rank", r => r.Rank)
        .Add("id", r => r.Id)
        .Add("name", r => r.Name)
        .Add("kind", r => r.Kind)
        .Add("score", r => r.Score)
        .BreakTiesBy("id");

    // Ties on every key but the id, nulls in the nullable keys, and names that differ only in case.
    private static readonly Row[] Rows =
    [
        new(1, 2, "b", Kind.Alpha, 1.5), new(2, null, "a", Kind.Gamma, null), new(3, 2, "B", Kind.Beta, 1.5),
        new(4, 1, "c", Kind.Alpha, -3), new(5, null, "a", Kind.Beta, 0.1), new(6, 2, "b", Kind.Gamma, null),
        new(7, 1, "c", Kind.Beta, 0.1), new(8, 3, "a", Kind.Alpha, 1.5), new(9, null, "b", Kind.Alpha, null),
    ];

    [Theory]
    [InlineData(null)]
    [InlineData("-rank")]
    [InlineData("score")]
    [InlineData("-score")]
    [InlineData("name,-score")]
    [InlineData("-name,rank,kind")]
    [InlineData("kind,-rank")]
    [InlineData("-kind,score,-name")]
    [InlineData("id")]
    [InlineData("-id")]
    public void The_rows_after_each_row_are_the_rest_of_the_order(string? sort)
    {
        var errors = new QueryErrors();
        var order = Sorts.Keys(sort, errors);
        var ordered = Sorts.Parse(sort, errors)(Rows.AsQueryable()).ToList();
        Assert.False(errors.Any);
        Assert.Contains(order, key => key.Name == "id");

        for (var i = 0; i < ordered.Count; i++)
        {
            var values = order.Select(key => CursorPaging.KeyValue(key.Key.Compile().DynamicInvoke(ordered[i]), key.Key.ReturnType)).ToList();

            var after = Rows.AsQueryable().Where(CursorPaging.After<Row>(order, values));

            Assert.Equal(ordered.Skip(i + 1).Select(r => r.Id).Order(), after.Select(r => r.Id).Order());
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("-eventType,-date")]
    [InlineData("id")]
    public void Legal_event_keysets_translate_to_TSql(string? sort)
    {
        using var db = SqlServer();

        AssertTranslates(db.LegalEvents, LegalEvents.LegalEventQuery.Sorting, sort, "1997-x",
            key => key switch { "date" => 19970304, "eventType" => LegalEventType.Created, _ => "1997-x" });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("-value,dimension")]
    [InlineData("period")]
    public void Observation_keysets_translate_to_TSql(string? sort)
    {
        using var db = SqlServer();

        AssertTranslates(db.SeriesObservations, Series.ObservationQuery.Sorting, sort, 7,
            key => key switch { "value" => 1.5, "dimension" => null, "period" => 1990, _ => 7 });
    }

    /// <summary>The rows after a cursor, and the keys of the row a page ends with, as SQL Server would be sent them.</summary>
    private static void AssertTranslates<T>(IQueryable<T> rows, SortFields<T> sorting, string? sort, object id, Func<string, object?> valueOf)
    {
        var order = sorting.Keys(sort, new QueryErrors());
        var values = order.Select(k => CursorPaging.KeyValue(valueOf(k.Name), k.Key.ReturnType)).ToList();

        AssertParses(rows.Where(CursorPaging.After<T>(order, values)).Take(51).ToQueryString());
        AssertParses(CursorPaging.KeysOf(rows, order, sorting.UniqueField, id).ToQueryString());
    }

    private static void AssertParses(string sql)
    {
        TSql.Parse(sql, out var errors);
        Assert.True(errors.Count == 0, $"does not parse as T-SQL:\n{string.Join("\n", errors.Select(TSql.Describe))}\n{sql}");
    }

    // No connection is opened: the queries are only translated.
    private static PdpDbContext SqlServer()
    {
        var options = new DbContextOptionsBuilder<PdpDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, DatabaseProvider.SqlServer, "Server=unused;Database=unused;TrustServerCertificate=True", Path.GetTempPath());
        return new PdpDbContext(options.Options);
    }
}
