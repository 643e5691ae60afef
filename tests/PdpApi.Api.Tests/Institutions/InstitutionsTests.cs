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
    public async Task SEPYMEX_lists_its_credit_insurance_terms_with_their_unit_wording_and_source()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/institutions/sepymex/figures?pageSize=500");
        var figures = page["items"]!.AsArray();

        var premium = figures.Single(f => f!["measure"]!.GetValue<string>() == "premium-percent-per-coverage-period")!;
        Assert.Equal(0.35, premium["value"]!.GetValue<double>());
        Assert.Equal("0.35 percent", premium["valueAsPrinted"]!.GetValue<string>());
        Assert.Equal("export-finance", premium["dataset"]!.GetValue<string>());
        Assert.Null(premium["period"]);
        Assert.Equal("section-6.2", premium["provenance"]!["sourceId"]!.GetValue<string>());
        Assert.Contains("0.35 percent for every 90 days' insurance coverage", premium["details"]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
        var insured = figures.Single(f => f!["measure"]!.GetValue<string>() == "maximum-insured-pre-shipment-credit-millions-usd")!;
        Assert.Equal((1.0, "US$1 million", "up-to", "at-most"), (insured["value"]!.GetValue<double>(), insured["valueAsPrinted"]!.GetValue<string>(),
            insured["details"]!["valueQualifier"]!.GetValue<string>(), insured["details"]!["bound"]!.GetValue<string>()));
        Assert.Equal(
            ["operating-since-year=2002", "maximum-exports-of-insurable-firm-millions-usd-per-year=8", "maximum-insured-pre-shipment-credit-millions-usd=1",
             "premium-percent-per-coverage-period=0.35", "premium-coverage-period-days=90", "policy-coverage-percent-of-insured-amount=50"],
            figures.Select(f => FormattableString.Invariant($"{f!["measure"]!.GetValue<string>()}={f["value"]!.GetValue<double>()}")));
    }

    [Fact]
    public async Task FIEX_loan_ceilings_and_the_libor_spread_are_ranges_with_their_ends()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/institution-figures?institution=fiex&dataset=export-finance&sort=value&pageSize=500");
        var figures = page["items"]!.AsArray();

        Assert.Equal(6, page["totalCount"]!.GetValue<int>());
        Assert.All(figures, f => Assert.Equal("section-6.2", f!["provenance"]!["sourceId"]!.GetValue<string>()));
        var ceiling = figures.Single(f => f!["measure"]!.GetValue<string>() == "maximum-investment-loan-millions-usd")!;
        Assert.Equal((20.0, "US$20 million"), (ceiling["value"]!.GetValue<double>(), ceiling["valueAsPrinted"]!.GetValue<string>()));
        var spread = figures.Where(f => f!["measure"]!.GetValue<string>() == "interest-rate-to-banks-over-libor-percentage-points")
            .Select(f => (f!["details"]!["bound"]!.GetValue<string>(), f["value"]!.GetValue<double>(), f["valueAsPrinted"]!.GetValue<string>()));
        Assert.Equal([("lower", 1.5, "LIBOR + 1.5"), ("upper", 2.25, "LIBOR + 2.25")], spread);
        var terms = figures.Where(f => f!["measure"]!.GetValue<string>() == "payback-term-years").Select(f => f!["value"]!.GetValue<double>());
        Assert.Equal([1.0, 15.0], terms);
    }

    [Fact]
    public async Task Export_finance_figures_download_as_csv_with_their_wording()
    {
        using var response = await _client.GetAsync("/api/v1/institution-figures?dataset=export-finance&format=csv", TestContext.Current.CancellationToken);
        var csv = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("12", response.Header("Total-Count"));
        Assert.Contains("US$3 million", csv, StringComparison.Ordinal);
        Assert.Contains("valueQualifier=up-to", csv, StringComparison.Ordinal);
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
