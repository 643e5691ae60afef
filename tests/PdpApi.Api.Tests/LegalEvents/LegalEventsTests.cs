using System.Net;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

public sealed class LegalEventsTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    [Fact]
    public async Task An_act_lists_its_zones_and_successors_in_the_seeds_order()
    {
        var (_, act) = await _client.GetJsonAsync("/api/v1/legal-events/2007-law-29014-zones-to-regional-governments");

        Assert.Equal(["ceticos-ilo", "ceticos-matarani", "ceticos-paita", "zofratacna", "special-economic-zone-puno"],
            act["zoneIds"]!.AsArray().Select(z => z!.GetValue<string>()));
        Assert.Equal(["regional-government-of-moquegua", "regional-government-of-arequipa", "regional-government-of-piura", "regional-government-of-tacna", "regional-government-of-puno"],
            act["successorBodyIds"]!.AsArray().Select(b => b!.GetValue<string>()));
    }

    [Fact]
    public async Task What_changed_under_Toledo_is_one_list_of_acts_dated_in_his_term()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/legal-events?administration=toledo-2001&pageSize=500");
        var items = page["items"]!.AsArray();

        Assert.NotEmpty(items);
        Assert.All(items, e => Assert.Equal("toledo-2001", e!["administrationId"]!.GetValue<string>()));
        Assert.All(items.Where(e => e!["year"] is not null), e => Assert.InRange(e!["year"]!.GetValue<int>(), 2001, 2006));
    }

    [Fact]
    public async Task PROMPEX_publishes_its_1996_creation_and_keeps_the_1993_readings()
    {
        var (_, published) = await _client.GetJsonAsync("/api/v1/legal-events?q=prompex&eventType=created&pageSize=100");
        var (_, all) = await _client.GetJsonAsync("/api/v1/legal-events?q=prompex&eventType=created&publishedOnly=false&pageSize=100");

        var creation = published["items"]!.AsArray().Single(e => e!["actId"]!.GetValue<string>() == "1996-prompex-created")!;
        Assert.Equal(1996, creation["year"]!.GetValue<int>());
        Assert.Equal("805", creation["instrumentNumber"]!.GetValue<string>());
        var readings = all["items"]!.AsArray().Where(e => e!["actId"]!.GetValue<string>() == "1996-prompex-created").ToList();
        Assert.Contains(readings, r => r!["year"]?.GetValue<int>() == 1993 && !r["isPublishedReading"]!.GetValue<bool>());
    }

    [Fact]
    public async Task An_institution_lists_the_acts_that_affected_it()
    {
        var (response, page) = await _client.GetJsonAsync("/api/v1/institutions/proinversion/legal-events");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All(page["items"]!.AsArray(), e => Assert.Contains("proinversion", e!["bodyIds"]!.AsArray().Select(b => b!.GetValue<string>())));
        Assert.Contains(page["items"]!.AsArray(), e => e!["instrumentNumber"]?.GetValue<string>() == "027-2002-PCM");
    }

    [Fact]
    public async Task Events_filter_by_instrument_type_and_year_range()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/legal-events?instrumentType=supreme-decree&year=1997..1999&pageSize=500");

        Assert.NotEmpty(page["items"]!.AsArray());
        Assert.All(page["items"]!.AsArray(), e =>
        {
            Assert.Equal("supreme-decree", e!["instrumentType"]!.GetValue<string>());
            Assert.InRange(e["year"]!.GetValue<int>(), 1997, 1999);
        });
    }

    [Fact]
    public async Task Administrations_run_back_to_back_from_1980_to_2011()
    {
        var (_, page) = await _client.GetJsonAsync("/api/v1/administrations?sort=startDate");
        var items = page["items"]!.AsArray();

        Assert.Equal("toledo-2001", items.Single(a => a!["president"]!.GetValue<string>() == "Alejandro Toledo")!["id"]!.GetValue<string>());
        for (var i = 1; i < items.Count; i++)
            Assert.Equal(items[i - 1]!["endDate"]!.GetValue<string>(), items[i]!["startDate"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/api/v1/legal-events?pageSize=7")]
    [InlineData("/api/v1/legal-events?pageSize=9&sort=-date")]
    [InlineData("/api/v1/legal-events?pageSize=5&sort=-eventType&publishedOnly=false")]
    [InlineData("/api/v1/legal-events?pageSize=6&sort=id&year=1990..2007")]
    [InlineData("/api/v1/institutions/incagro/legal-events?pageSize=2&sort=eventType,-date")]
    public async Task Walking_legal_events_by_cursor_returns_the_numbered_pages_rows_in_their_order(string url)
    {
        var ids = await PageWalker.AssertCursorWalkMatchesNumberedPagesAsync(_client, url);

        Assert.True(ids.Count > 2, $"{url} has only {ids.Count} rows");
        Assert.Equal(ids.Distinct().Count(), ids.Count);
    }

    [Fact]
    public async Task A_numbered_page_offers_the_next_by_cursor_and_keeps_first_prev_and_last_by_number()
    {
        var (response, page) = await _client.GetJsonAsync("/api/v1/legal-events?pageSize=10&page=3");
        var (nextResponse, next) = await _client.GetJsonAsync(PageWalker.NextLink(response)!);
        var (fourth, numbered) = await _client.GetJsonAsync("/api/v1/legal-events?pageSize=10&page=4");

        var links = response.Header("Link")!;
        Assert.Contains("pageSize=10&page=1>; rel=\"first\"", links, StringComparison.Ordinal);
        Assert.Contains("pageSize=10&page=2>; rel=\"prev\"", links, StringComparison.Ordinal);
        Assert.Contains("pageSize=10&cursor=", links, StringComparison.Ordinal);
        Assert.Contains($"pageSize=10&page={page["totalPages"]}>; rel=\"last\"", links, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, nextResponse.StatusCode);
        Assert.Equal(numbered.ToJsonString(), next.ToJsonString());
        Assert.Equal(fourth.Header("Link"), nextResponse.Header("Link"));
    }

    [Fact]
    public async Task The_last_page_has_no_next_link_by_number_or_by_cursor()
    {
        var (first, page) = await _client.GetJsonAsync("/api/v1/legal-events?pageSize=40");
        var last = page["totalPages"]!.GetValue<int>();
        var (numbered, _) = await _client.GetJsonAsync($"/api/v1/legal-events?pageSize=40&page={last}");
        var walked = await PageWalker.ByNextLinkAsync(_client, "/api/v1/legal-events?pageSize=40");

        Assert.NotNull(PageWalker.NextLink(first));
        Assert.Null(PageWalker.NextLink(numbered));
        Assert.Equal(last, walked.Pages[^1]);
    }

    [Theory]
    [InlineData("/api/v1/legal-events?eventType=founded", "eventType")]
    [InlineData("/api/v1/legal-events?cursor=AXsicCI6MiwidCI6MTA2fQ", "cursor")]
    [InlineData("/api/v1/legal-events?cursor=x&page=1", "cursor")]
    [InlineData("/api/v1/legal-events?instrumentType=decree", "instrumentType")]
    [InlineData("/api/v1/legal-events?publishedOnly=maybe", "publishedOnly")]
    public async Task Bad_parameters_are_400_problems(string url, string parameter)
    {
        var (response, problem) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]![parameter]);
    }
}

/// <summary>The legal history's own consistency, checked on the seed.</summary>
public sealed class LegalHistorySeedTests
{
    private static readonly SeedData Seed = SeedLoader.Parse(Repository.SeedFolder);

    [Fact]
    public void Every_dated_act_lies_in_the_administration_it_is_attached_to()
    {
        var administrations = Seed.Institutions.Administrations.ToDictionary(a => a.Id);
        foreach (var item in Seed.Institutions.LegalEvents.Where(e => e is { AdministrationId: not null, Year: not null }))
        {
            var administration = administrations[item.AdministrationId!];
            Assert.InRange(item.Year!.Value, administration.StartDate.Year, administration.EndDate.Year);
            if (item is { Month: { } month, Day: { } day })
            {
                var date = new DateOnly(item.Year.Value, month, day);
                Assert.True(date >= administration.StartDate && date < administration.EndDate, $"{item.Id} on {date} is not in {administration.Id}");
            }
        }
    }

    [Fact]
    public void Acts_dated_to_the_day_after_1980_all_have_an_administration()
    {
        var unattached = Seed.Institutions.LegalEvents
            .Where(e => e is { Year: >= 1981, Month: not null, Day: not null, AdministrationId: null })
            .Select(e => e.Id);

        Assert.Empty(unattached);
    }

    [Fact]
    public void The_lineage_graph_has_no_cycle()
    {
        var cycle = PdpApi.Data.Seeding.InstitutionSeed.FindCycle(Seed.Institutions.Links.Where(l => l.IsPublishedReading));

        Assert.True(cycle is null, "cycle: " + string.Join(" -> ", cycle ?? []));
    }

    [Fact]
    public void Lineage_links_name_known_institutions_and_never_the_same_one_twice()
    {
        var ids = Seed.Institutions.Institutions.Select(i => i.Id).ToHashSet();

        Assert.All(Seed.Institutions.Links, l =>
        {
            Assert.Contains(l.FromId, ids);
            Assert.Contains(l.ToId, ids);
            Assert.NotEqual(l.FromId, l.ToId);
        });
    }
}
