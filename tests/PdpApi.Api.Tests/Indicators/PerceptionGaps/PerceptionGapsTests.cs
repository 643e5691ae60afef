using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.PerceptionGaps;

namespace PdpApi.Api.Tests.Indicators.PerceptionGaps;

public sealed class PerceptionGapsTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_gives_table_12_once_and_table_18_per_institution()
    {
        var tables = await GatherAsync(PerceptionGapsInputs.GatherAsync);

        var table12 = Assert.Single(tables, t => t.Source == "table-12");
        Assert.Null(table12.InstitutionId);
        Assert.Equal(9, tables.Count(t => t.Source == "table-18"));
        Assert.All(tables, t => Assert.All(t.Scores, s => Assert.NotNull(s.Dimension)));
    }

    [Fact]
    public async Task Input_ids_spell_the_respondent_as_the_api_does()
    {
        var body = await OkAsync("/api/v1/indicators/perception-gaps");

        var ids = body["results"]!.AsArray().SelectMany(r => r!["inputs"]!.AsArray()).Select(i => i!["id"]!.GetValue<string>()).ToList();
        Assert.Contains("output.institution", ids);
        Assert.Contains("output.beneficiary", ids);
        Assert.All(ids, id => Assert.Equal(id.ToLowerInvariant(), id));
    }

    [Fact]
    public async Task Perception_gaps_cover_table_12_and_each_institution_of_table_18()
    {
        var body = await OkAsync("/api/v1/indicators/perception-gaps");

        var table12 = SingleResult(body, r => r["source"]!.GetValue<string>() == "table-12");
        var creation = Assert.Single(table12["gaps"]!.AsArray(), g => g!["dimension"]!.GetValue<string>() == "private-sector-participation-in-creation")!;
        Assert.Equal(0.9, creation["gap"]!.GetValue<double>());
        Assert.Contains(body["results"]!.AsArray(), r => r!["institutionId"]?.GetValue<string>() == "promperu");
    }
}
