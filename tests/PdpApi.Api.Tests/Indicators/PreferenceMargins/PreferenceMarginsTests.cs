using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.PreferenceMargins;

namespace PdpApi.Api.Tests.Indicators.PreferenceMargins;

public sealed class PreferenceMarginsTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_separates_the_mfn_row_from_the_agreements()
    {
        var (mfn, agreements) = await GatherAsync(PreferenceMarginsInputs.GatherAsync);

        Assert.Equal(8.2, mfn.AverageTariffPercent);
        Assert.Equal(5, agreements.Count);
        Assert.DoesNotContain(mfn, agreements);
    }

    [Fact]
    public async Task Preference_margins_put_the_andean_community_first()
    {
        var body = await OkAsync("/api/v1/indicators/preference-margins");

        Assert.Equal(8.2, body["mfnAveragePercent"]!.GetValue<double>());
        var agreements = body["agreements"]!.AsArray();
        Assert.Equal("andean-community", agreements[0]!["ptaId"]!.GetValue<string>());
        var chile = Assert.Single(agreements, a => a!["ptaId"]!.GetValue<string>() == "cea-38-chile")!;
        Assert.Equal(7.4, chile["marginPoints"]!.GetValue<double>());
        Assert.Equal(9.7, chile["agricultureMarginPoints"]!.GetValue<double>());
    }
}
