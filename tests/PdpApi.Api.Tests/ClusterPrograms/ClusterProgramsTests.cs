using System.Net;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class ClusterProgramsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task A_programme_lists_its_institutions_in_the_papers_order()
    {
        var (_, networks) = await _client.GetJsonAsync("/api/v1/cluster-programs/development-of-business-networks");
        var (_, cites) = await _client.GetJsonAsync("/api/v1/cluster-programs/cite-program");

        Assert.Equal(["prompyme", "mi-empresa"], networks["program"]!["institutionIds"]!.AsArray().Select(i => i!.GetValue<string>()));
        Assert.Equal(9, cites["program"]!["institutionIds"]!.AsArray().Count);
        Assert.Equal("cite-agroindustriales", cites["program"]!["institutionIds"]!.AsArray()[^1]!.GetValue<string>());
    }

    [Fact]
    public async Task A_goal_lists_its_clusters_and_flags_in_the_seeds_order_in_json_and_csv()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/cluster-programs/development-of-business-networks/goals?pageSize=100");
        var goal = Assert.Single(page["items"]!.AsArray(), g => g!["id"]!.GetValue<string>() == "ii-2")!;
        var csv = await _client.GetStringAsync(new Uri("/api/v1/cluster-programs/development-of-business-networks/goals?pageSize=100&format=csv", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal([6, 9], goal["clusterIds"]!.AsArray().Select(c => c!.GetValue<int>()));
        Assert.Equal(["unit-unclear", "same-cells-as-ii-1"], goal["flags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Contains(",unit-unclear; same-cells-as-ii-1,6; 9,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_business_networks_project_has_its_donor_amounts_and_table_20_goals()
    {
        var (response, detail) = await _client.GetJsonAsync("/api/v1/cluster-programs/development-of-business-networks");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("IDB", detail["program"]!["donor"]!.GetValue<string>());
        Assert.Equal([6, 9], detail["program"]!["clusterIds"]!.AsArray().Select(c => c!.GetValue<int>()));
        Assert.Equal(2004, detail["program"]!["start"]!["year"]!.GetValue<int>());
        var fund = Assert.Single(detail["figures"]!.AsArray(), f => f!["id"]!.GetValue<string>() == "idb-non-reimbursable-fund")!;
        Assert.Equal(970000, fund["value"]!.GetValue<double>());
        Assert.Equal(16, detail["goals"]!.AsArray().Count);
    }

    [Fact]
    public async Task Table_20_keeps_the_rounded_achievement_and_the_flags()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/cluster-programs/development-of-business-networks/goals?pageSize=100");
        var goals = page["items"]!.AsArray();

        var firms = Assert.Single(goals, g => g!["id"]!.GetValue<string>() == "i-1-firms")!;
        Assert.Equal(160, firms["target"]!["value"]!.GetValue<double>());
        Assert.Equal(300, firms["achieved"]!["value"]!.GetValue<double>());
        Assert.Equal(188, firms["achievementPercent"]!.GetValue<double>());
        var productivity = Assert.Single(goals, g => g!["id"]!.GetValue<string>() == "ii-5")!;
        Assert.Contains("placeholder-zero", productivity["flags"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Null(productivity["achievementPercent"]);
        Assert.Null(productivity["achieved"]!["value"]);
        Assert.Equal("0", productivity["achieved"]!["asPrinted"]!.GetValue<string>());
        Assert.Equal("not-available", productivity["nullReason"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_cite_count_keeps_both_readings_and_publishes_the_footnotes_twelve()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/cluster-programs/cite-program/figures?pageSize=100");
        var readings = page["items"]!.AsArray().Where(f => f!["reading"] is not null).ToList();

        var published = Assert.Single(readings, f => f!["published"]!.GetValue<bool>() && f["id"]!.GetValue<string>() == "cites-total-footnote")!;
        Assert.Equal(12, published["value"]!.GetValue<double>());
        Assert.Contains(readings, f => !f!["published"]!.GetValue<bool>() && f["reading"]!.GetValue<string>() == "text");
    }

    [Fact]
    public async Task A_clusters_programmes_are_listed_on_the_cluster_and_by_filter()
    {
        var (_, gamarra) = await _client.GetJsonAsync("/api/v1/clusters/6");
        var (_, filtered) = await _client.GetJsonAsync("/api/v1/cluster-programs?cluster=6");

        var onCluster = gamarra["programIds"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Contains("development-of-business-networks", onCluster);
        Assert.Equal(onCluster.Order(), filtered["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).Order());
    }

    [Fact]
    public async Task Other_programmes_have_no_goals_and_unknown_ones_are_404()
    {
        var (_, cites) = await _client.GetJsonAsync("/api/v1/cluster-programs/cite-program/goals");
        var (missing, problem) = await _client.GetJsonAsync("/api/v1/cluster-programs/no-such-programme");
        var (missingGoals, _) = await _client.GetJsonAsync("/api/v1/cluster-programs/no-such-programme/goals");

        Assert.Equal(0, cites["totalCount"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(404, problem["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.NotFound, missingGoals.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/cluster-programs?cluster=gamarra", "cluster")]
    [InlineData("/api/v1/cluster-programs?kind=ngo", "kind")]
    [InlineData("/api/v1/cluster-programs/cite-program/figures?sort=size", "sort")]
    public async Task Bad_parameters_are_400_problems(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }
}
