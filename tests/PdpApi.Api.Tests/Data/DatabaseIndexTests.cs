using Microsoft.Data.Sqlite;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>
/// The indexes the largest collections page by are in the database: a first page, and a page after a cursor, read a
/// range of one index instead of sorting every matching row. EF maps no index over complex-type columns, so some come
/// from the migrations alone, and a rebuilt table could lose them without this test.
/// </summary>
public sealed class DatabaseIndexTests(ApiFixture api)
{
    [Theory]
    [InlineData("SeriesObservations", "Period_StartYear,Id")]
    [InlineData("SeriesObservations", "Provenance_SourceId,Id")]
    [InlineData("SeriesObservations", "Provenance_SourceId,Period_StartYear,Id")]
    [InlineData("LegalEvents", "DateKey,Id,IsPublishedReading")]
    [InlineData("LegalEvents", "EventType,DateKey,Id,IsPublishedReading")]
    [InlineData("LegalEvents", "AdministrationId,DateKey,Id,IsPublishedReading")]
    public async Task The_paging_indexes_exist(string table, string columns)
    {
        _ = api.Client; // the app has migrated and loaded the database
        await using var connection = new SqliteConnection($"Data Source={api.Factory.DatabaseFile};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);

        var indexes = new List<string>();
        foreach (var index in await ReadAsync(connection, $"SELECT name FROM pragma_index_list('{table}')"))
            indexes.Add(string.Join(",", await ReadAsync(connection, $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno")));

        Assert.Contains(columns, indexes);
    }

    private static async Task<List<string>> ReadAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            values.Add(reader.GetString(0));
        return values;
    }
}
