using System.Net;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

public sealed class NtbsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Table_9_has_Peru_and_ten_partners_with_the_decimal_comma_read_as_a_point()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/ntbs/countries");
        var (_, peru) = await _client.GetJsonAsync("/api/v1/ntbs/countries/peru");

        Assert.Equal(11, page["totalCount"]!.GetValue<int>());
        Assert.Equal(4.6, peru["weightedAverageNtbsPerTariffLine"]!.GetValue<double>());
        Assert.Equal("4,6", peru["weightedAverageNtbsPerTariffLineAsPrinted"]!.GetValue<string>());
        Assert.Equal(6209, peru["totalNtbs"]!.GetValue<int>());
        Assert.Null(peru["ntbsFacedByPeruExports"]);
        Assert.Equal("not-applicable", peru["ntbsFacedByPeruExportsNullReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Countries_sort_by_the_ntbs_peru_faces()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/ntbs/countries?sort=-ntbsFacedByPeruExports&pageSize=2");

        Assert.Equal(["usa", "chile"], page["items"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_european_union_keeps_its_footnote()
    {
        var (_, eu) = await _client.GetJsonAsync("/api/v1/ntbs/countries/european-union");

        Assert.Equal(["1"], eu["provenance"]!["footnotes"]!.AsArray().Select(f => f!.GetValue<string>()));
    }

    [Fact]
    public async Task Ntb_types_and_tariff_equivalents_come_from_section_4_2()
    {
        var (_, types) = await _client.GetJsonAsync("/api/v1/ntbs/types");
        var (_, equivalents) = await _client.GetJsonAsync("/api/v1/ntbs/tariff-equivalents");

        Assert.Equal(4, types["totalCount"]!.GetValue<int>());
        var values = equivalents["items"]!.AsArray().Select(f => f!["value"]?.GetValue<double>()).ToList();
        Assert.Contains(43, values);
        Assert.Contains(16, values);
        Assert.All(equivalents["items"]!.AsArray(), f => Assert.Equal("section-4.2", f!["provenance"]!["sourceId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_country_is_a_404()
    {
        var response = await _client.GetAsync("/api/v1/ntbs/countries/atlantis", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
