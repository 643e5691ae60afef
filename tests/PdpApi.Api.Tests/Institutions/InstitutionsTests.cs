using System.Net;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class InstitutionsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task A_beneficiary_firm_lists_the_institutions_it_used_in_the_papers_order()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/beneficiary-firms?pageSize=500");
        var firm = page["items"]!.AsArray().Single(f => f!["id"]!.GetValue<string>() == "coton-baby-hlr")!;

        Assert.Equal(["mi-empresa", "cite-cal", "promperu"], firm["institutionIds"]!.AsArray().Select(i => i!.GetValue<string>()));
    }

    [Fact]
    public async Task An_institution_carries_its_classification_failures_and_ministries()
    {
        var (response, promperu) = await _client.GetJsonAsync("/api/v1/institutions/promperu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("PROMPERU", promperu["acronym"]!.GetValue<string>());
        Assert.True(promperu["isSelectedPdp"]!.GetValue<bool>());
        Assert.NotEmpty(promperu["economicFailures"]!.AsArray());
        Assert.NotNull(promperu["classification"]);
    }

    [Fact]
    public async Task Who_addresses_coordination_failures_is_one_query()
    {
        var (_, failures) = await _client.GetJsonAsync("/api/v1/economic-failures?pageSize=100");
        var withInstitutions = failures["items"]!.AsArray().First(f => f!["institutionIds"]!.AsArray().Count > 0)!;
        var failureId = withInstitutions["id"]!.GetValue<string>();

        var (_, institutions) = await _client.GetJsonAsync($"/api/v1/institutions?failure={failureId}&pageSize=100");

        Assert.Equal(
            withInstitutions["institutionIds"]!.AsArray().Select(i => i!.GetValue<string>()).Order(),
            institutions["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task The_lineage_of_PROMPERU_reaches_PROMPEX_and_every_edge_joins_two_nodes()
    {
        var (_, lineage) = await _client.GetJsonAsync("/api/v1/institutions/promperu/lineage");
        var nodes = lineage["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();

        Assert.Contains("prompex", nodes);
        Assert.Contains("promperu", nodes);
        Assert.All(lineage["edges"]!.AsArray(), e =>
        {
            Assert.Contains(e!["from"]!.GetValue<string>(), nodes);
            Assert.Contains(e["to"]!.GetValue<string>(), nodes);
        });
    }

    [Fact]
    public async Task An_institutions_figures_come_from_its_tables()
    {
        var (_, figures) = await _client.GetJsonAsync("/api/v1/institutions/promperu/figures?pageSize=500");

        Assert.NotEmpty(figures["items"]!.AsArray());
        Assert.All(figures["items"]!.AsArray(), f => Assert.Equal("promperu", f!["institutionId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Survey_respondents_are_published_by_position_without_names()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/survey-respondents?pageSize=100");

        Assert.Equal(11, page["totalCount"]!.GetValue<int>());
        Assert.All(page["items"]!.AsArray(), r => Assert.Equal(
            ["id", "institutionId", "institutionAsPrinted", "positionAsPrinted", "provenance"],
            r!.AsObject().Select(p => p.Key)));
    }

    [Theory]
    [InlineData("/api/v1/institutions/atlantis")]
    [InlineData("/api/v1/institutions/atlantis/lineage")]
    [InlineData("/api/v1/institutions/atlantis/legal-events")]
    [InlineData("/api/v1/economic-failures/none")]
    public async Task Unknown_ids_are_404_problems(string url)
    {
        var response = await _client.GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/institutions?kind=company", "kind")]
    [InlineData("/api/v1/institutions?dimension=diagonal", "dimension")]
    [InlineData("/api/v1/institution-figures?dataset=table-99", "dataset")]
    public async Task Bad_parameters_are_400_problems(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }
}
