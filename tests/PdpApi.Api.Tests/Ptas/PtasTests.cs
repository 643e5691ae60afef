using System.Net;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

public sealed class PtasTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Table_10_has_six_arrangements_in_order()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/ptas");

        Assert.Equal([1, 2, 3, 4, 5, 6], page["items"]!.AsArray().Select(p => p!["number"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Chile_publishes_the_footnote_reading_of_the_agreement_number_and_keeps_the_table_reading()
    {
        var (_, chile) = await _client.GetJsonAsync("/api/v1/ptas/cea-38-chile");

        Assert.Equal(38, chile["agreementNumber"]!.GetValue<int>());
        Assert.Equal("381", chile["agreementNumberTableReading"]!.GetValue<string>());
        Assert.Equal(6.4, chile["exportShare2006Percent"]!.GetValue<double>());
        Assert.Equal(0.8, chile["averageTariffPercent"]!.GetValue<double>());
    }

    [Fact]
    public async Task The_andean_community_records_peru_withdrawing_in_1993_and_returning_in_1997()
    {
        var (_, andean) = await _client.GetJsonAsync("/api/v1/ptas/andean-community");
        var events = andean["events"]!.AsArray().Select(e => (Event: e!["event"]!.GetValue<string>(), Year: e["year"]?.GetValue<int>())).ToList();

        Assert.Contains(("peru-withdrew", 1993), events);
        Assert.Contains(("peru-reinstated", 1997), events);
        Assert.Equal(14.1, andean["importShare2006Percent"]!.GetValue<double>());
    }

    [Fact]
    public async Task Filtering_by_partner_finds_the_arrangements_that_include_it()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/ptas?partner=argentina,mexico");

        Assert.Equal(["pcea-48-argentina", "cea-8-mexico"], page["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Brazil_lists_its_hs_chapters_as_printed()
    {
        var (_, brazil) = await _client.GetJsonAsync("/api/v1/ptas/cea-39-brazil");

        Assert.Equal(["09", "10", "11", "12", "13", "26", "20", "21", "17"], brazil["hsChapters"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task Events_preference_schemes_and_figures_are_listed()
    {
        var (_, events) = await _client.GetJsonAsync("/api/v1/ptas/events?year=1990..1999&pageSize=100");
        var (_, schemes) = await _client.GetJsonAsync("/api/v1/ptas/preference-schemes");
        var (_, figures) = await _client.GetJsonAsync("/api/v1/ptas/figures?year=2006&pageSize=100");

        Assert.All(events["items"]!.AsArray(), e => Assert.InRange(e!["year"]!.GetValue<int>(), 1990, 1999));
        Assert.Equal(9, schemes["totalCount"]!.GetValue<int>());
        Assert.Contains(figures["items"]!.AsArray(), f => f!["value"]?.GetValue<double>() == 17.9 && f["details"]!["flow"]!.GetValue<string>() == "exports");
    }
}
