using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>Query parameters are strict: an operation answers only to the parameters its description lists.</summary>
public sealed partial class QueryParametersTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unknown_parameter_is_a_400_that_names_it_and_lists_the_accepted_ones()
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/clusters?regoin=Piura");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var message = Assert.Single(problem["errors"]!["regoin"]!.AsArray())!.GetValue<string>();
        Assert.Equal("'regoin' is not a parameter of this operation; it accepts: format, id, page, pageSize, q, region, sector, sort.", message);
    }

    [Fact]
    public async Task Every_bad_parameter_of_a_request_is_reported_in_one_400()
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/clusters?sector=fishing&pageSize=0&page=two&format=xlsx&regoin=Piura&id=a..b");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["format", "id", "page", "pageSize", "regoin", "sector"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
    }

    [Fact]
    public async Task Unknown_and_unparsable_parameters_of_an_operation_without_filters_are_reported_together()
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/clusters/abc?verbose=1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["id", "verbose"], problem["errors"]!.AsObject().Select(e => e.Key).Order());
        Assert.Contains("it accepts: format.", problem["errors"]!["verbose"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_parameter_of_an_unknown_parent_is_still_a_400()
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/institutions/no-such-body/legal-events?regoin=x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["regoin"]);
    }

    [Fact]
    public async Task Parameter_names_are_matched_without_regard_to_case()
    {
        var (response, page) = await _client.GetJsonAsync("/api/v1/clusters?PageSize=2&SECTOR=tourism&Format=json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, page["pageSize"]!.GetValue<int>());
        Assert.All(page["items"]!.AsArray(), c => Assert.Equal("tourism", c!["sector"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/api/v1/sources?q=Table%208")]
    [InlineData("/api/v1/ptas?q=andean")]
    [InlineData("/api/v1/fdi/sector-shares?q=mining")]
    public async Task Q_is_refused_where_the_operation_does_not_search(string url)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["q"]);
    }

    [Theory]
    [InlineData("/api/v1/clusters?q=garments", 30)]
    [InlineData("/api/v1/institutions?q=promperu", 0)]
    [InlineData("/api/v1/legal-events?q=035-97-EF", 0)]
    [InlineData("/api/v1/tariffs/chronology?q=surcharge", 0)]
    [InlineData("/api/v1/series?q=export", 0)]
    [InlineData("/api/v1/cluster-programs?q=network", 0)]
    public async Task Q_narrows_the_collections_that_declare_it(string url, int unfiltered)
    {
        var (response, page) = await _client.GetJsonAsync(url + "&pageSize=500");
        var (_, all) = await _client.GetJsonAsync(url.Split('?')[0] + "?pageSize=500");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var found = page["totalCount"]!.GetValue<int>();
        Assert.InRange(found, 1, all["totalCount"]!.GetValue<int>() - 1);
        if (unfiltered > 0)
            Assert.Equal(unfiltered, all["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Every_operation_refuses_a_parameter_it_does_not_declare()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var checkedOperations = 0;
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            if (item!["get"] is not { } operation)
                continue;
            var declared = (operation["parameters"]?.AsArray() ?? [])
                .Where(p => p!["in"]!.GetValue<string>() == "query")
                .Select(p => p!["name"]!.GetValue<string>())
                .ToList();
            var url = PathParameter().Replace(path, "1") + "?notAParameter=1";

            var (response, problem) = await _client.GetJsonAsync(url);

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} answered {(int)response.StatusCode}");
            var message = problem["errors"]?["notAParameter"]?[0]?.GetValue<string>();
            Assert.True(message is not null, $"{url} did not name the unknown parameter: {problem}");
            Assert.All(declared, name => Assert.Contains(name, message, StringComparison.Ordinal));
            checkedOperations++;
        }
        Assert.True(checkedOperations > 60, $"only {checkedOperations} GET operations were found");
    }

    [Fact]
    public async Task Closed_vocabulary_filters_are_comma_separated_arrays_of_their_enum_in_the_spec()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/swagger/v1/swagger.json", Cancel))!;
        var sector = document["paths"]!["/api/v1/clusters"]!["get"]!["parameters"]!.AsArray()
            .Single(p => p!["name"]!.GetValue<string>() == "sector")!;

        // form is the default style of a query parameter, so the document may leave it out.
        Assert.Equal("form", sector["style"]?.GetValue<string>() ?? "form");
        Assert.False(sector["explode"]!.GetValue<bool>());
        Assert.Equal("array", sector["schema"]!["type"]!.GetValue<string>());
        var reference = sector["schema"]!["items"]!["$ref"]!.GetValue<string>();
        var members = document["components"]!["schemas"]![reference.Split('/').Last()]!["enum"]!.AsArray().Select(m => m!.GetValue<string>());
        Assert.Contains("fishing-and-aquaculture", members);
    }

    [Theory]
    [InlineData("sector=tourism,agriculture")]
    [InlineData("sector=tourism&sector=agriculture")]
    [InlineData("sector=TOURISM,Agriculture")]
    public async Task An_enum_filter_takes_its_values_separated_by_commas(string query)
    {
        var (response, page) = await _client.GetJsonAsync("/api/v1/clusters?pageSize=500&" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sectors = page["items"]!.AsArray().Select(c => c!["sector"]!.GetValue<string>()).Distinct().Order();
        Assert.Equal(["agriculture", "tourism"], sectors);
    }

    [Fact]
    public async Task An_enum_filter_names_each_value_outside_its_vocabulary()
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/clusters?sector=tourism,mining,farming");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var messages = problem["errors"]!["sector"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
        Assert.Equal(2, messages.Count);
        Assert.StartsWith("'mining' is not one of: agriculture,", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("'farming' is not one of:", messages[1], StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
