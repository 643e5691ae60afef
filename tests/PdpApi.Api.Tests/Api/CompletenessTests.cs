using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>Every table of the paper is reachable through the API, or is named here with the reason it is not.</summary>
public sealed class CompletenessTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    /// <summary>For each table, a collection that serves its numbers; the items citing the table are counted.</summary>
    private static readonly Dictionary<string, string> ServedBy = new(StringComparer.Ordinal)
    {
        ["table-1"] = "/api/v1/series/observations?sourceTable=table-1",
        ["table-2"] = "/api/v1/series/observations?sourceTable=table-2",
        ["table-4"] = "/api/v1/series/observations?sourceTable=table-4",
        ["table-5"] = "/api/v1/institution-figures?dataset=expenditure",
        ["table-6"] = "/api/v1/institution-figures?dataset=features",
        ["table-7"] = "/api/v1/tariffs/schedules",
        ["table-8"] = "/api/v1/tariffs/sector-protection",
        ["table-9"] = "/api/v1/ntbs/countries",
        ["table-10"] = "/api/v1/ptas",
        ["table-11"] = "/api/v1/institutions",
        ["table-12"] = "/api/v1/institution-figures?dataset=perceptions",
        ["table-13"] = "/api/v1/export-incentives/drawback-exports",
        ["table-14"] = "/api/v1/export-incentives/free-zone-imports",
        ["table-15"] = "/api/v1/series/observations?sourceTable=table-15",
        ["table-16"] = "/api/v1/series/observations?sourceTable=table-16",
        ["table-17"] = "/api/v1/fdi/sector-shares",
        ["table-18"] = "/api/v1/institution-figures?dataset=impacts",
        ["table-19"] = "/api/v1/clusters",
        ["table-20"] = "/api/v1/cluster-programs/development-of-business-networks/goals",
        ["table-a1"] = "/api/v1/legal-events",
        ["table-a2"] = "/api/v1/series/observations?sourceTable=table-a2",
        ["table-a3"] = "/api/v1/series/observations?sourceTable=table-a3",
        ["table-a4"] = "/api/v1/series/observations?sourceTable=table-a4",
        ["table-a5"] = "/api/v1/series/observations?sourceTable=table-a5",
        ["table-a6"] = "/api/v1/tariffs/structure",
        ["table-a7"] = "/api/v1/tariffs/band-shares",
        ["table-a8"] = "/api/v1/tariffs/protection-growth-correlations",
        ["table-a9"] = "/api/v1/survey-respondents",
    };

    /// <summary>Tables served only in part, with what is missing and why.</summary>
    private static readonly Dictionary<string, (string Url, string Reason)> ServedInPart = new(StringComparer.Ordinal)
    {
        ["table-3"] = ("/api/v1/institutions?dimension=horizontal,vertical",
            "Table 3 holds no numbers: it sorts policy types into the four quadrants (horizontal/vertical, public input/market "
            + "intervention). Each institution's quadrant is served as its classification; the policy types with no institution "
            + "of their own (basic education, basic infrastructure, structural reforms) are not records of the API."),
    };

    private static readonly Dictionary<string, string> LeftOut = new(StringComparer.Ordinal);

    [Fact]
    public async Task Every_table_of_the_paper_is_served_or_named_with_its_reason()
    {
        var (_, sources) = await _client.GetJsonAsync("/api/v1/sources?kind=table&pageSize=500");
        var tables = sources["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();

        Assert.Equal(29, tables.Count);
        var accounted = ServedBy.Keys.Concat(ServedInPart.Keys).Concat(LeftOut.Keys).ToList();
        Assert.Empty(tables.Except(accounted));
        Assert.Empty(accounted.Except(tables));
        Assert.Equal(accounted.Count, accounted.Distinct().Count());
    }

    public static TheoryData<string> ServedTables => [.. ServedBy.Keys];

    [Theory]
    [MemberData(nameof(ServedTables))]
    public async Task A_served_table_has_records_citing_it(string table)
    {
        var items = await AllItemsAsync(ServedBy[table]);

        Assert.Contains(items, item => item["provenance"]?["sourceId"]?.GetValue<string>() == table);
    }

    [Fact]
    public async Task Table_3_is_served_as_the_institutions_classification()
    {
        var items = await AllItemsAsync(ServedInPart["table-3"].Url);

        Assert.NotEmpty(items);
        Assert.All(items, item => Assert.NotNull(item["classification"]!["dimension"]));
        Assert.Contains(items, item => item["classification"]!["dimension"]!.GetValue<string>() == "vertical");
    }

    private async Task<List<JsonNode>> AllItemsAsync(string url)
    {
        var items = new List<JsonNode>();
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        for (var page = 1; ; page++)
        {
            var (response, body) = await _client.GetJsonAsync($"{url}{separator}pageSize=500&page={page}");
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            items.AddRange(body["items"]!.AsArray().Select(i => i!));
            if (page >= body["totalPages"]!.GetValue<int>())
                return items;
        }
    }
}
