using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.LegalInstability;

namespace PdpApi.Api.Tests.Indicators.LegalInstability;

public sealed class LegalInstabilityTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_for_one_institution_keeps_only_its_dated_acts()
    {
        var all = await GatherAsync((db, cancel) => LegalInstabilityInputs.GatherAsync(db, [], cancel));
        var incagro = await GatherAsync((db, cancel) => LegalInstabilityInputs.GatherAsync(db, ["incagro"], cancel));

        Assert.NotEmpty(incagro.Dated);
        Assert.All(incagro.Dated, a => Assert.Equal("incagro", a.InstitutionId));
        Assert.All(all.Dated, a => Assert.True(a.Event.Year is not null && a.Event.IsPublishedReading));
        Assert.True(all.Dated.Count > incagro.Dated.Count);
        Assert.True(all.UndatedLeftOut >= incagro.UndatedLeftOut);
    }

    [Fact]
    public async Task Legal_instability_counts_acts_per_institution_administration_and_decade()
    {
        var all = await OkAsync("/api/v1/indicators/legal-instability");
        var one = await OkAsync("/api/v1/indicators/legal-instability?institution=incagro");

        var perDecade = all["perDecade"]!.AsArray().Sum(d => d!["acts"]!.GetValue<int>());
        Assert.Equal(all["acts"]!.GetValue<int>(), perDecade);
        Assert.Equal(all["acts"]!.GetValue<int>(), all["perAdministration"]!.AsArray().Sum(d => d!["acts"]!.GetValue<int>()));
        Assert.Equal(all["acts"]!.GetValue<int>(), all["actsUsed"]!.AsArray().Count);
        var incagro = Assert.Single(one["perInstitution"]!.AsArray())!;
        Assert.Equal("incagro", incagro["institutionId"]!.GetValue<string>());
        Assert.Equal(one["acts"]!.GetValue<int>(), incagro["acts"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("/api/v1/indicators/legal-instability?institution=no-such-body", "institution")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
