using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Indicators.SpendingPerFirm;

namespace PdpApi.Api.Tests.Indicators.SpendingPerFirm;

public sealed class SpendingPerFirmTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task Gathering_counts_incagro_by_its_investment_spending()
    {
        var (spending, withoutTotal, firms, quoted) = await GatherAsync(SpendingPerFirmInputs.GatherAsync);

        Assert.Equal(6, spending.Count);
        Assert.Equal(SpendingPerFirmInputs.InvestmentExpenditure, Assert.Single(spending, f => f.InstitutionId == "incagro").Measure);
        Assert.Equal(["incagro"], withoutTotal);
        Assert.Equal(3_217_478, firms!.Value);
        Assert.Equal(3.2, quoted!.Value);
    }

    [Fact]
    public async Task Spending_per_firm_reproduces_the_texts_3_2_dollars()
    {
        var body = await OkAsync("/api/v1/indicators/spending-per-firm");

        // (27.3 + 1.41 + 44.9 + 9.1 + 2.6 + 36.4) million / 3,217,478 firms / 12 = 3.15, INCAGRO by its investment spending
        Assert.Equal(3.15, Math.Round(body["result"]!["spendingPerFirmPerMonth"]!.GetValue<double>(), 2));
        Assert.Equal(3.2, body["reported"]!["reported"]!.GetValue<double>());
        Assert.True(body["reported"]!["reproduces"]!.GetValue<bool>());
        Assert.Contains(body["spending"]!.AsArray(), s => s!["id"]!.GetValue<string>() == "incagro.investment-expenditure");
        Assert.Equal(["incagro"], body["institutionsWithoutTotal"]!.AsArray().Select(i => i!.GetValue<string>()));
    }
}
