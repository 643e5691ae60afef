using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class TariffChronologyTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task In_the_papers_order_the_1997_decree_first_cut_rates_to_12_and_20_percent()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/chronology?year=1997");
        var first = page["items"]![0]!;

        Assert.Equal("1997-04-rates-reduced-to-12-and-20", first["id"]!.GetValue<string>());
        Assert.Equal("supreme-decree", first["instrument"]!.GetValue<string>());
        Assert.Equal("035-97-EF", first["instrumentNumber"]!.GetValue<string>());
        Assert.Equal(13, first["day"]!.GetValue<int>());
        Assert.Equal([12.0, 20.0], first["ratesPercent"]!.AsArray().Select(r => r!.GetValue<double>()));
        Assert.Equal("section-4.1", first["provenance"]!["sourceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Free_text_finds_a_decree_by_its_number()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/chronology?q=141-99-EF");

        var change = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(1999, change["year"]!.GetValue<int>());
        Assert.Equal(8, change["month"]!.GetValue<int>());
        Assert.Equal(24, change["day"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_chronology_is_ordered_by_date_undated_last_and_keeps_the_footnote_it_comes_from()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/chronology?pageSize=100&sort=date");
        var years = page["items"]!.AsArray().Select(c => c!["year"]?.GetValue<int>() ?? int.MaxValue).ToList();
        var undated = page["items"]!.AsArray().Single(c => c!["item"] is null)!;

        Assert.Equal(years.Order(), years);
        Assert.Null(undated["year"]);
        Assert.Contains("32", undated["provenance"]!["footnotes"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Price_band_products_carry_hs_codes_and_the_1999_equivalents()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/tariffs/price-band-products?sort=-adValoremEquivalent1999Percent");
        var items = page["items"]!.AsArray().ToDictionary(p => p!["id"]!.GetValue<string>());

        Assert.Equal(6, items.Count);
        Assert.Equal(54, items["sugar"]!["adValoremEquivalent1999Percent"]!.GetValue<double>());
        Assert.Equal("0402211900", items["milk"]!["hsProducts"]![0]!["hsCode"]!.GetValue<string>());
        Assert.Equal("yellow maize", items["maize"]!["hsProducts"]![0]!["product"]!.GetValue<string>());
        Assert.Equal("not-applicable", items["wheat-products"]!["equivalentNullReason"]!.GetValue<string>());
        Assert.Equal("eliminated", items["wheat-products"]!["status"]!.GetValue<string>());
        Assert.Equal("sugar", page["items"]![0]!["id"]!.GetValue<string>());
    }
}
