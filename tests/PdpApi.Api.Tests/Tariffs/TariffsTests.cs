using System.Net;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class TariffsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    private static double? Value(JsonNode item) => item["valuePercent"]?.GetValue<double>();

    private static string Measure(JsonNode item) => item["measure"]!.GetValue<string>();

    [Fact]
    public async Task Table_7_has_seven_snapshots_from_September_1990_to_December_1993()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/schedules");
        var ids = page["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>());

        Assert.Equal(["1990-09", "1990-12", "1991-06", "1991-12", "1992-06", "1992-12", "1993-12"], ids);
    }

    [Fact]
    public async Task A_schedule_carries_its_indicators_and_lines_by_rate_as_printed()
    {
        var (response, schedule) = await _client.GetJsonAsync("/api/v1/tariffs/schedules/1990-09");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(32, schedule["averageAdValoremPercent"]!.GetValue<double>());
        Assert.Equal(17, schedule["standardDeviationPoints"]!.GetValue<double>());
        Assert.Equal(60, schedule["maximumWithSurchargesPercent"]!.GetValue<double>());
        Assert.Equal(5269, schedule["totalLines"]!.GetValue<int>());
        var lines = schedule["linesByRate"]!.AsArray().ToDictionary(l => l!["ratePercent"]!.GetValue<double>(), l => l!["lines"]!.GetValue<int>());
        Assert.Equal(new Dictionary<double, int> { [5] = 0, [15] = 2177, [25] = 1945, [50] = 1147 }, lines);
    }

    [Fact]
    public async Task Schedules_filter_by_year_range()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/schedules?year=1992..&sort=-id");

        Assert.Equal(["1993-12", "1992-12", "1992-06"], page["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_schedule_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/tariffs/schedules/1994-01", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Textiles_in_2001_gives_the_three_measures_of_the_2001_2002_period()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?sector=textiles&period=2001");
        var values = page["items"]!.AsArray().ToDictionary(i => Measure(i!), i => Value(i!));

        Assert.Equal(new Dictionary<string, double?> { ["ad-valorem-tariff"] = 17.5, ["effective-protection"] = 26.0, ["output-growth"] = 4.9 }, values);
        Assert.All(page["items"]!.AsArray(), i => Assert.Equal("2001-2002", i!["period"]!["label"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("2001-2002")]
    [InlineData("2002")]
    [InlineData("2001..2002")]
    public async Task A_period_as_printed_a_year_or_a_range_select_the_same_period(string period)
    {
        var (_, page) = await _client.GetJsonAsync($"/api/v1/tariffs/sector-protection?sector=shoes&period={period}");

        Assert.Equal(3, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_footnote_stays_with_the_value_it_qualifies()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?sector=agriculture-and-livestock&period=1990&measure=ad-valorem-tariff,effective-protection");
        var items = page["items"]!.AsArray();

        var tariff = items.Single(i => Measure(i!) == "ad-valorem-tariff")!;
        var protection = items.Single(i => Measure(i!) == "effective-protection")!;
        Assert.Equal("23.5 ²", tariff["valueAsPrinted"]!.GetValue<string>());
        Assert.Equal(["2"], tariff["provenance"]!["footnotes"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["4"], protection["provenance"]!["footnotes"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal(["1"], tariff["sectorFootnotes"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Not_available_and_not_reported_cells_are_null_with_their_reason()
    {
        var (_, appliances) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?sector=appliances&period=1996&measure=ad-valorem-tariff");
        var (_, erp2006) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?sector=dairy&period=2006&measure=effective-protection");

        var na = appliances["items"]![0]!;
        Assert.Null(na["valuePercent"]);
        Assert.Equal("not-available", na["nullReason"]!.GetValue<string>());
        Assert.Equal("n.a", na["valueAsPrinted"]!.GetValue<string>());
        var missing = erp2006["items"]![0]!;
        Assert.Null(missing["valuePercent"]);
        Assert.Equal("not-reported", missing["nullReason"]!.GetValue<string>());
    }

    /// <summary>
    /// "13.0 ²³ 1.6 ¹⁶": footnote 23 is "Only beverages.", 16 "Only tobacco."; neither value is the sector's, so both are
    /// served with their part and none with a null component. Likewise "-8.1 ¹⁸" (rubber) and "2.2 ¹⁷" (plastic).
    /// </summary>
    [Theory]
    [InlineData("beverages-and-tobacco", "beverages-only", 13.0, "tobacco-only", 1.6)]
    [InlineData("plastics-and-articles-thereof-rubber-and-articles-thereof", "rubber-only", -8.1, "plastic-only", 2.2)]
    public async Task A_cell_with_a_value_for_each_of_two_parts_serves_each_with_its_part_and_none_for_the_whole_sector(
        string sector, string firstPart, double firstValue, string secondPart, double secondValue)
    {
        var (_, page) = await _client.GetJsonAsync($"/api/v1/tariffs/sector-protection?sector={sector}&period=1990&measure=output-growth");
        var items = page["items"]!.AsArray();

        Assert.Equal(2, items.Count);
        Assert.DoesNotContain(items, i => i!["component"] is null);
        Assert.Equal(firstValue, Value(items.Single(i => i!["component"]!.GetValue<string>() == firstPart)!));
        Assert.Equal(secondValue, Value(items.Single(i => i!["component"]!.GetValue<string>() == secondPart)!));
    }

    [Fact]
    public async Task The_simple_average_row_can_be_left_out_or_asked_for_alone()
    {
        var (_, all) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?measure=ad-valorem-tariff&periodAsPrinted=2006-2007");
        var (_, sectors) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?measure=ad-valorem-tariff&periodAsPrinted=2006-2007&isAverage=false");
        var (_, average) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?measure=ad-valorem-tariff&periodAsPrinted=2006-2007&isAverage=true");

        Assert.Equal(30, all["totalCount"]!.GetValue<int>());
        Assert.Equal(29, sectors["totalCount"]!.GetValue<int>());
        Assert.Equal(7.6, Value(average["items"]![0]!));
    }

    [Fact]
    public async Task Sorting_by_value_puts_nulls_where_the_database_does_and_is_stable()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?measure=effective-protection&period=1990&isAverage=false&sort=-valuePercent&pageSize=3");

        Assert.Equal([54.9, 47.1, 43.5], page["items"]!.AsArray().Select(i => Value(i!)!.Value));
    }

    [Theory]
    [InlineData("period=1990-92", "period")]
    [InlineData("period=1800", "period")]
    [InlineData("measure=erp", "measure")]
    [InlineData("isAverage=maybe", "isAverage")]
    [InlineData("sort=growth", "sort")]
    [InlineData("periodAsPrinted=2001", "periodAsPrinted")]
    [InlineData("periodAsPrinted=2001-2002,abc", "periodAsPrinted")]
    public async Task Bad_sector_protection_parameters_are_400_problems(string query, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }

    [Fact]
    public async Task The_period_as_printed_filter_accepts_exactly_the_stored_column_headings()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?pageSize=500");
        var stored = page["items"]!.AsArray().Select(i => i!["periodAsPrinted"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal);
        var (_, problem) = await _client.GetJsonAsync("/api/v1/tariffs/sector-protection?periodAsPrinted=2001");

        Assert.Equal(Tariffs.SectorProtectionQuery.Columns, stored);
        Assert.Contains("1990-1992, 1996-1997, 2001-2002, 2006-2007", problem["errors"]!["periodAsPrinted"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sector_protection_is_served_as_csv()
    {
        var csv = await _client.GetStringAsync("/api/v1/tariffs/sector-protection?sector=shoes&periodAsPrinted=1990-1992&format=csv", TestContext.Current.CancellationToken);
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(4, lines.Length);
        Assert.Contains(",shoes,Shoes,13,false,1990-1992,1990,1992,1990-1992,ad-valorem-tariff,,39.9,39.9,", csv, StringComparison.Ordinal);
        // Footnote 22 ("Growth Rate of 1992-1991.") moves the output growth printed under 1990-1992 to 1991-1992.
        Assert.Contains(",shoes,Shoes,13,false,1991-1992,1991,1992,1990-1992,output-growth,,-15.3,-15.3 ²²,", csv, StringComparison.Ordinal);
    }
}
