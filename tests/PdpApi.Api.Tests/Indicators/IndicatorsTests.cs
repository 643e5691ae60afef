using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class IndicatorsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private async Task<JsonNode> OkAsync(string url)
    {
        var (response, body) = await _client.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return body;
    }

    private async Task AssertBadRequestAsync(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(problem["errors"]![parameter]);
    }

    private static JsonNode Single(JsonNode body, Func<JsonNode, bool> predicate) => Assert.Single(body["results"]!.AsArray(), r => predicate(r!))!;

    [Fact]
    public async Task The_catalogue_lists_every_indicator_at_a_route_of_the_openapi_document()
    {
        var catalogue = await OkAsync("/api/v1/indicators?pageSize=100");
        var document = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var paths = document["paths"]!.AsObject();

        var items = catalogue["items"]!.AsArray();
        Assert.Equal(14, items.Count);
        Assert.All(items, item =>
        {
            var path = paths[item!["url"]!.GetValue<string>()];
            Assert.NotNull(path);
            Assert.NotNull(path![item["method"]!.GetValue<string>().ToLowerInvariant()]);
            Assert.False(string.IsNullOrWhiteSpace(item["formulaSymbols"]!.GetValue<string>()));
        });
    }

    [Fact]
    public async Task Table_7_december_1990_reproduces_and_september_1990_does_not()
    {
        var body = await OkAsync("/api/v1/indicators/tariff-structure");

        var december = Single(body, r => r["period"]!["label"]!.GetValue<string>() == "1990 Dec.");
        var september = Single(body, r => r["period"]!["label"]!.GetValue<string>() == "1990 Sept.");
        Assert.True(december["mean"]!["reproduces"]!.GetValue<bool>());
        Assert.Equal(26.3, Math.Round(december["meanPercent"]!.GetValue<double>(), 1));
        Assert.False(september["mean"]!["reproduces"]!.GetValue<bool>());
        Assert.Equal(32, september["mean"]!["reported"]!.GetValue<double>());
        Assert.NotEmpty(december["working"]!.AsArray());
    }

    [Fact]
    public async Task Table_a7_years_are_compared_with_table_a6_using_the_band_rates_given()
    {
        var body = await OkAsync("/api/v1/indicators/tariff-structure?bandRates=0,4,7.5,12,20,25");

        var year2001 = Single(body, r => r["source"]!.GetValue<string>() == "table-a7" && r["period"]!["label"]!.GetValue<string>() == "2001");
        // 0.197 x 4 + 0.643 x 12 + 0.116 x 20 + 0.044 x 25 = 11.92, against Table A6's 11.9.
        Assert.Equal(11.92, Math.Round(year2001["meanPercent"]!.GetValue<double>(), 2));
        Assert.True(year2001["mean"]!["reproduces"]!.GetValue<bool>());
        await AssertBadRequestAsync("/api/v1/indicators/tariff-structure?bandRates=1,2,3", "bandRates");
        await AssertBadRequestAsync("/api/v1/indicators/tariff-structure?bandRates=0,a,7.5,12,20,25", "bandRates");
    }

    [Fact]
    public async Task The_effective_protection_calculator_shows_its_working()
    {
        var body = await OkAsync("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3,0.2&inputTariffs=10,5");

        // (20 - (0.3 x 10 + 0.2 x 5)) / (1 - 0.5) = 32
        Assert.Equal(32, body["erpPercent"]!.GetValue<double>(), 9);
        Assert.Equal("corden", body["method"]!.GetValue<string>());
        Assert.Equal(4, body["working"]!.AsArray().Count);
    }

    [Fact]
    public async Task Repeated_coefficients_are_separate_inputs()
    {
        var body = await OkAsync("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.2,0.2&inputTariffs=10,10");

        // (20 - (0.2 x 10 + 0.2 x 10)) / (1 - 0.4) = 26.67
        Assert.Equal(2, body["inputs"]!.AsArray().Count);
        Assert.Equal(26.6667, Math.Round(body["erpPercent"]!.GetValue<double>(), 4));
    }

    [Fact]
    public async Task Balassa_counts_non_traded_inputs_as_inputs_without_tariff()
    {
        var corden = await OkAsync("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3,0.2&inputTariffs=10,0&traded=true,false");
        var balassa = await OkAsync("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3,0.2&inputTariffs=10,0&traded=true,false&method=balassa");

        // Corden: (20 - 3) / (1 - 0.3) = 24.29; Balassa: (20 - 3) / (1 - 0.3 - 0.2) = 34
        Assert.Equal(24.2857, Math.Round(corden["erpPercent"]!.GetValue<double>(), 4));
        Assert.Equal(34, balassa["erpPercent"]!.GetValue<double>(), 9);
    }

    [Theory]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.6,0.5&inputTariffs=10,5", "coefficients")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=1.2&inputTariffs=10", "coefficients")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3&inputTariffs=10,5", "inputTariffs")]
    [InlineData("/api/v1/indicators/effective-protection?coefficients=0.3&inputTariffs=10", "outputTariff")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3&inputTariffs=10&method=leontief", "method")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3&inputTariffs=10&traded=maybe", "traded")]
    [InlineData("/api/v1/indicators/concentration?dataset=gdp&period=2007", "dataset")]
    [InlineData("/api/v1/indicators/concentration?period=2007", "dataset")]
    [InlineData("/api/v1/indicators/concentration?dataset=fdi-stocks&period=2007&k=11", "k")]
    [InlineData("/api/v1/indicators/concentration?dataset=fdi-stocks&k=0", "k")]
    [InlineData("/api/v1/indicators/protection-growth-correlations?measure=output-growth", "measure")]
    [InlineData("/api/v1/indicators/sector-effective-protection?period=2007..1990", "period")]
    [InlineData("/api/v1/indicators/series-transformations?series=t1-real-output-growth&transformation=log", "transformation")]
    [InlineData("/api/v1/indicators/series-transformations?series=t1-real-output-growth&transformation=change", "dimension")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=cagr&from=1990&to=2006-2007", "from")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-government-investment-by-type&transformation=share", "period")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-government-investment-by-type&transformation=share&period=1990-1995", "period")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=cagr&from=2006-2007&to=1990-1995", "to")]
    [InlineData("/api/v1/indicators/legal-instability?institution=no-such-body", "institution")]
    [InlineData("/api/v1/indicators/series-transformations?series=no-such&transformation=change", "series")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=cagr,share", "transformation")]
    [InlineData("/api/v1/indicators/series-transformations?series=t4-government-investment-by-type&transformation=share&period=2001-2005&total=1e-310", "total")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=1e308&coefficients=0.9&inputTariffs=-99", "outputTariff")]
    [InlineData("/api/v1/indicators/tariff-structure?bandRates=0,2.5,7.5,12.5,17.5,1e155", "bandRates")]
    [InlineData("/api/v1/indicators/tariff-structure?bandRates=-5,2.5,7.5,12.5,17.5,25", "bandRates")]
    [InlineData("/api/v1/indicators/drawback?year=1980&fobExportValueUsd=100000&cifImportedInputsUsd=0&hsHeading=0901&inputsUnderPreferentialRegime=false", "year")]
    [InlineData("/api/v1/indicators/drawback?year=2000&fobExportValueUsd=-5&cifImportedInputsUsd=0&hsHeading=0901&inputsUnderPreferentialRegime=false", "fobExportValueUsd")]
    [InlineData("/api/v1/indicators/drawback?year=2000&cifImportedInputsUsd=0&hsHeading=0901&inputsUnderPreferentialRegime=false", "fobExportValueUsd")]
    [InlineData("/api/v1/indicators?sort=name", "sort")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);

    [Fact]
    public async Task Sector_effective_protection_ranks_dairy_first_in_2001_2002()
    {
        var body = await OkAsync("/api/v1/indicators/sector-effective-protection?period=2001");

        var sectors = Assert.Single(body["results"]!.AsArray())!["sectors"]!.AsArray();
        Assert.Equal("dairy", sectors[0]!["sectorId"]!.GetValue<string>());
        Assert.Equal(1, sectors[0]!["rank"]!.GetValue<int>());
        Assert.Equal(45.9, sectors[0]!["effectiveProtectionPercent"]!.GetValue<double>());
    }

    [Fact]
    public async Task Correlations_sit_beside_table_a8_and_say_why_2006_has_none()
    {
        var body = await OkAsync("/api/v1/indicators/protection-growth-correlations");

        var pooled = Single(body, r => r["period"]!["label"]!.GetValue<string>() == "1990-1992" && r["measure"]!.GetValue<string>() == "effective-protection");
        Assert.Equal("1992-1990", pooled["reported"]!["periodAsPrinted"]!.GetValue<string>());
        Assert.Equal(70, pooled["reported"]!["observations"]!.GetValue<int>());
        Assert.InRange(pooled["pearson"]!["r"]!.GetValue<double>(), -1, 1);
        Assert.Equal(pooled["pearson"]!["n"]!.GetValue<int>(), pooled["pairs"]!.AsArray().Count(p => p!["protection"] is not null && p["outputGrowth"] is not null));
        Assert.Contains(pooled["pairs"]!.AsArray(), p => p!["protectionProvenance"]!["footnotes"]!.AsArray().Count > 0);
        var recent = Single(body, r => r["period"]!["label"]!.GetValue<string>() == "2006-2007" && r["measure"]!.GetValue<string>() == "effective-protection");
        Assert.Null(recent["pearson"]!["r"]);
        Assert.NotNull(recent["pearson"]!["rReason"]);
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

    [Fact]
    public async Task Fdi_concentration_uses_leaf_sectors_and_reproduces_the_texts_86_percent()
    {
        var body = await OkAsync("/api/v1/indicators/concentration?dataset=fdi-stocks&period=2007&k=5");

        var result = Assert.Single(body["results"]!.AsArray())!;
        var used = result["categoriesUsed"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(10, used.Count);
        Assert.DoesNotContain("primary", used);
        Assert.Equal(98.6, result["result"]!["inputTotal"]!.GetValue<double>());
        Assert.True(result["reported"]!["reproduces"]!.GetValue<bool>());
        Assert.Equal(85.8, result["reported"]!["computed"]!.GetValue<double>());
        var hhi = result["result"]!["hhi"]!.GetValue<double>();
        Assert.InRange(hhi, 1.0 / used.Count, 1);
    }

    [Fact]
    public async Task Negative_fdi_shares_are_left_out_and_named()
    {
        var body = await OkAsync("/api/v1/indicators/concentration?dataset=fdi-flows&period=2001-2005");

        var result = Assert.Single(body["results"]!.AsArray())!;
        Assert.Contains(result["excluded"]!.AsArray(), e => e!.GetValue<string>().StartsWith("telecommunications", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ntb_concentration_is_computed_per_country()
    {
        var body = await OkAsync("/api/v1/indicators/concentration?dataset=ntb-shares&k=1");

        Assert.Equal(11, body["results"]!.AsArray().Count);
        Assert.All(body["results"]!.AsArray(), r => Assert.Equal(4, r!["result"]!["n"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Growth_accounting_reproduces_every_period_but_2002_2004()
    {
        var body = await OkAsync("/api/v1/indicators/growth-accounting");

        var failing = body["results"]!.AsArray().Where(r => !r!["tfp"]!["reproduces"]!.GetValue<bool>()).Select(r => r!["period"]!["label"]!.GetValue<string>());
        Assert.Equal(["2002-2004"], failing);
        var period = Single(body, r => r["period"]!["label"]!.GetValue<string>() == "2002-2004");
        Assert.Equal(1.0, period["residual"]!["tfpGrowthPercent"]!.GetValue<double>(), 9);
        Assert.Equal(0.0, period["tfp"]!["reported"]!.GetValue<double>());
        Assert.Equal(["gdp-growth", "labor", "capital", "tfp-printed"], period["inputs"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
        Assert.StartsWith("Does not reproduce the paper: 1 computed against 0 printed", period["tfp"]!["verdict"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Series_transformations_compute_changes_growth_and_shares()
    {
        var changes = await OkAsync("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=percent-change");
        var cagr = await OkAsync("/api/v1/indicators/series-transformations?series=t4-annual-average-investment-expenditure&transformation=cagr&from=2001-2005&to=2006-2007");
        var shares = await OkAsync("/api/v1/indicators/series-transformations?series=t15-new-export-tariff-lines&transformation=share&period=2006");

        var last = changes["changes"]!.AsArray().Last()!;
        // (2623.7 - 1591.5) / 1591.5 x 100 = 64.857
        Assert.Equal(64.857, Math.Round(last["percentChange"]!.GetValue<double>(), 3));
        Assert.Null(changes["changes"]!.AsArray().First()!["change"]);
        // midpoints 2003 and 2006.5: (2623.7 / 1591.5)^(1/3.5) - 1
        Assert.Equal(Math.Round((Math.Pow(2623.7 / 1591.5, 1 / 3.5) - 1) * 100, 6), Math.Round(cagr["compoundGrowth"]!["cagrPercent"]!.GetValue<double>(), 6));
        Assert.Equal("the series' total row (total)", shares["totalBasis"]!.GetValue<string>());
        var textiles = Assert.Single(shares["shares"]!.AsArray(), s => s!["dimensionId"]!.GetValue<string>() == "textiles-and-garments")!;
        Assert.Equal(Math.Round(66 / 284.0 * 100, 6), Math.Round(textiles["share"]!["sharePercent"]!.GetValue<double>(), 6));
        var gdp = await OkAsync("/api/v1/indicators/series-transformations?series=t1-real-gdp-shares&transformation=share&period=1991-1995");
        Assert.Equal("the series' total row (gdp)", gdp["totalBasis"]!.GetValue<string>());
        var agriculture = Assert.Single(gdp["shares"]!.AsArray(), s => s!["dimensionId"]!.GetValue<string>() == "agriculture")!;
        Assert.Equal(4.6, agriculture["share"]!["sharePercent"]!.GetValue<double>(), 9);
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

    [Fact]
    public async Task Perception_gaps_cover_table_12_and_each_institution_of_table_18()
    {
        var body = await OkAsync("/api/v1/indicators/perception-gaps");

        var table12 = Single(body, r => r["source"]!.GetValue<string>() == "table-12");
        var creation = Assert.Single(table12["gaps"]!.AsArray(), g => g!["dimension"]!.GetValue<string>() == "private-sector-participation-in-creation")!;
        Assert.Equal(0.9, creation["gap"]!.GetValue<double>());
        Assert.Contains(body["results"]!.AsArray(), r => r!["institutionId"]?.GetValue<string>() == "promperu");
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

    [Fact]
    public async Task The_drawback_calculator_names_the_deciding_rule_and_its_decree()
    {
        var ok = await OkAsync("/api/v1/indicators/drawback?year=2000&fobExportValueUsd=100000&cifImportedInputsUsd=30000&hsHeading=0901110000&inputsUnderPreferentialRegime=false");
        var tooBig = await OkAsync("/api/v1/indicators/drawback?year=2000&fobExportValueUsd=25000000&cifImportedInputsUsd=0&hsHeading=0901110000&inputsUnderPreferentialRegime=false");

        Assert.True(ok["qualifies"]!.GetValue<bool>());
        Assert.Equal(5000, ok["refundUsd"]!.GetValue<double>(), 6);
        Assert.False(tooBig["qualifies"]!.GetValue<bool>());
        Assert.Null(tooBig["refundUsd"]);
        Assert.Equal("maximum-fob-per-tariff-line", tooBig["decidingRule"]!["kind"]!.GetValue<string>());
        Assert.StartsWith("Supreme Decree", tooBig["decidingRule"]!["instrument"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_price_band_calculator_takes_a_json_body_and_rejects_short_series()
    {
        var prices = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? 90.0 : 110.0).ToArray();
        var factors = Enumerable.Repeat(1.0, 60).ToArray();
        var response = await _client.PostAsJsonAsync("/api/v1/indicators/price-band",
            new { monthlyFobPrices = prices, cpiFactors = factors, standardDeviationShare = 1.0, marginFactor = 1.0, referencePrice = 80.0 }, Cancel);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        var shortResponse = await _client.PostAsJsonAsync("/api/v1/indicators/price-band",
            new { monthlyFobPrices = prices.Take(10), cpiFactors = factors.Take(10), standardDeviationShare = 1.0, marginFactor = 1.0, referencePrice = 80.0 }, Cancel);
        var problem = JsonNode.Parse(await shortResponse.Content.ReadAsStringAsync(Cancel))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // mean 100, population sd 10: floor 110, duty (110 - 80) x 1 = 30
        Assert.Equal(110, body["floorPrice"]!.GetValue<double>(), 9);
        Assert.Equal(30, body["specificDuty"]!.GetValue<double>(), 9);
        Assert.Equal(HttpStatusCode.BadRequest, shortResponse.StatusCode);
        Assert.NotNull(problem["errors"]!["monthlyFobPrices"]);
    }

    [Fact]
    public async Task A_price_band_body_that_is_not_json_is_a_415_problem()
    {
        using var content = new StringContent("60 prices", System.Text.Encoding.UTF8, "text/plain");
        var response = await _client.PostAsync("/api/v1/indicators/price-band", content, Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
