using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.CostEffectiveness;

namespace PdpApi.Api.Tests.Indicators.CostEffectiveness;

public sealed class CostEffectivenessTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_gives_each_incagro_component_its_own_beneficiaries()
    {
        var rows = await GatherAsync(CostEffectivenessInputs.GatherAsync);

        var fdse = Assert.Single(rows, r => r.Id == "incagro-fdse");
        var fta = Assert.Single(rows, r => r.Id == "incagro-fta");
        Assert.Equal((8046.1, 2697.0), (fdse.ResourcesPerBeneficiary!.Value!.Value, fdse.Beneficiaries!.Value!.Value));
        Assert.Equal((645.3, 34052.0), (fta.ResourcesPerBeneficiary!.Value!.Value, fta.Beneficiaries!.Value!.Value));
        Assert.Equal(10, rows.Count);
        Assert.Equal(14, Assert.Single(rows, r => r.Id == "promperu").ImpactScores.Count);
    }

    [Fact]
    public async Task Cost_effectiveness_ranks_institutions_and_keeps_incagros_two_components()
    {
        var body = await OkAsync("/api/v1/indicators/cost-effectiveness");

        var rows = body["results"]!.AsArray();
        var ids = rows.Select(r => r!["result"]!["input"]!["institutionId"]!.GetValue<string>()).ToList();
        Assert.Contains("incagro-fdse", ids);
        Assert.Contains("incagro-fta", ids);
        var promperu = Assert.Single(rows, r => r!["result"]!["input"]!["institutionId"]!.GetValue<string>() == "promperu")!;
        Assert.Equal(5882.7, promperu["result"]!["resourcesPerBeneficiary"]!.GetValue<double>(), 6);
        Assert.Equal(1, rows.Count(r => r!["result"]!["rankByResourcesPerBeneficiary"]?.GetValue<int>() == 1));
        // 14 impact scores (7 dimensions, 2 respondents), resources per beneficiary and beneficiaries, each citing Table 18
        Assert.Equal(16, promperu["inputs"]!.AsArray().Count);
        Assert.All(promperu["inputs"]!.AsArray(), i => Assert.Equal("table-18", i!["provenance"]!["sourceId"]!.GetValue<string>()));
    }
}
