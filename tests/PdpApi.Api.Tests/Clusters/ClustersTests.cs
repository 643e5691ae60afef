using System.Net;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class ClustersTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task Listing_returns_all_30_clusters_of_Table_19_in_id_order()
    {
        var (response, page) = await _client.GetJsonAsync("/api/v1/clusters?pageSize=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(30, page["totalCount"]!.GetValue<int>());
        Assert.Equal(Enumerable.Range(1, 30), page.Ids());
    }

    [Fact]
    public async Task A_cluster_carries_the_printed_name_outputs_location_and_provenance()
    {
        var (response, cluster) = await _client.GetJsonAsync("/api/v1/clusters/6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Garments in Gamarra, La Victoria, Lima", cluster["name"]!.GetValue<string>());
        Assert.Equal("Garments", cluster["outputs"]!.GetValue<string>());
        Assert.Equal("manufacturing", cluster["sector"]!.GetValue<string>());
        Assert.Equal("Gamarra", cluster["location"]!["locality"]!.GetValue<string>());
        Assert.Equal("La Victoria", cluster["location"]!["district"]!.GetValue<string>());
        Assert.Equal(["Lima"], cluster["location"]!["regions"]!.AsArray().Select(r => r!.GetValue<string>()));
        Assert.Equal("printed", cluster["location"]!["regionBasis"]!.GetValue<string>());
        Assert.Equal("table-19", cluster["provenance"]!["sourceId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Missing_location_parts_are_null_not_empty_strings()
    {
        var (_, cluster) = await _client.GetJsonAsync("/api/v1/clusters/20");

        var location = cluster["location"]!.AsObject();
        Assert.True(location.ContainsKey("placeAsPrinted"));
        Assert.Null(location["placeAsPrinted"]);
        Assert.Null(location["province"]);
        Assert.Empty(location["regions"]!.AsArray());
        Assert.Equal("not-stated", location["regionBasis"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filtering_by_region_returns_only_that_region()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/clusters?region=Piura");

        Assert.Equal([5, 8, 21, 22, 23], page.Ids());
    }

    [Fact]
    public async Task Several_regions_match_any_of_them_and_a_cluster_spanning_two_regions_matches_either()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/clusters?region=Arequipa,Tacna");

        Assert.Equal([7, 18], page.Ids());
    }

    [Fact]
    public async Task Region_matching_ignores_accents_and_case()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/clusters?region=JUN%C3%8DN");

        Assert.Equal([19, 25], page.Ids());
    }

    [Fact]
    public async Task Filtering_by_sector_and_free_text_combine()
    {
        var (_, tourism) = await _client.GetJsonAsync("/api/v1/clusters?sector=tourism");
        var (_, cusco) = await _client.GetJsonAsync("/api/v1/clusters?sector=tourism&q=cusco");

        Assert.Equal([3, 9, 15, 16, 26], tourism.Ids());
        Assert.Equal([9], cusco.Ids());
    }

    [Fact]
    public async Task Free_text_ignores_accents()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/clusters?q=tarica");

        Assert.Equal([24], page.Ids());
    }

    [Theory]
    [InlineData("id=20..", new[] { 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30 })]
    [InlineData("id=..3", new[] { 1, 2, 3 })]
    [InlineData("id=12", new[] { 12 })]
    [InlineData("id=10..12", new[] { 10, 11, 12 })]
    public async Task Id_ranges_follow_the_range_grammar(string query, int[] expected)
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/clusters?" + query);

        Assert.Equal(expected, page.Ids());
    }

    [Fact]
    public async Task Sorting_descending_by_name_breaks_ties_by_id()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/clusters?sort=-name&pageSize=500");
        var names = page["items"]!.AsArray().Select(i => i!["name"]!.GetValue<string>()).ToList();

        Assert.Equal(names.OrderByDescending(n => n, StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Sorting_by_sector_then_id()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/clusters?sort=sector,-id&sector=commerce,mining-suppliers,handicrafts");

        // Sector names sort as stored (enum names): Commerce, Handicrafts, MiningSuppliers.
        Assert.Equal([30, 24, 10, 5, 29], page.Ids());
    }

    [Fact]
    public async Task Paging_returns_the_slice_and_link_headers_that_keep_the_filters()
    {
        var (response, page) = await _client.GetJsonAsync("/api/v1/clusters?page=2&pageSize=4&sector=agriculture");

        Assert.Equal(9, page["totalCount"]!.GetValue<int>());
        Assert.Equal(3, page["totalPages"]!.GetValue<int>());
        Assert.Equal([20, 21, 22, 27], page.Ids());
        var link = response.Header("Link")!;
        Assert.Contains("</api/v1/clusters?pageSize=4&sector=agriculture&page=1>; rel=\"first\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/v1/clusters?pageSize=4&sector=agriculture&page=1>; rel=\"prev\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/v1/clusters?pageSize=4&sector=agriculture&page=3>; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.Contains("</api/v1/clusters?pageSize=4&sector=agriculture&page=3>; rel=\"last\"", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_past_the_last_is_empty_and_still_reports_the_total()
    {
        var (response, page) = await _client.GetJsonAsync("/api/v1/clusters?page=9&pageSize=10");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page["items"]!.AsArray());
        Assert.Equal(30, page["totalCount"]!.GetValue<int>());
        Assert.Contains("page=3>; rel=\"last\"", response.Header("Link")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_cluster_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/clusters/31", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
