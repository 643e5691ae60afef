using System.Net;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>Records dated by year, month or day carry <c>date</c>, ISO 8601 at the precision the paper gives.</summary>
public sealed class DatesTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;

    private static readonly string[] Collections = ["/api/v1/legal-events", "/api/v1/ptas/events", "/api/v1/tariffs/chronology"];

    public static TheoryData<string> DatedCollections => new(Collections);

    [Theory]
    [InlineData("/api/v1/legal-events/1997-sd-035-97-ef-tariffs-12-and-20", "1997-04-13")]
    [InlineData("/api/v1/legal-events/1991-03-tariff-two-rates", "1991-03")]
    [InlineData("/api/v1/legal-events/1969-certex-established", "1969")]
    public async Task A_date_has_the_precision_the_paper_prints(string url, string date)
    {
        var (response, item) = await _client.GetJsonAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(date, item["date"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(DatedCollections))]
    public async Task The_date_repeats_the_year_month_and_day_beside_it(string collection)
    {
        var items = await AllAsync(collection + "?pageSize=500");

        Assert.All(items, item =>
        {
            var (year, month, day) = (Int(item, "year"), Int(item, "month"), Int(item, "day"));
            Assert.Equal(Iso(year, month, day), item["date"]?.GetValue<string>());
        });
    }

    [Theory]
    [InlineData("/api/v1/tariffs/schedules", "")]
    [InlineData("/api/v1/ptas/preference-schemes", "")]
    [InlineData("/api/v1/tariffs/price-band-products", "status")]
    [InlineData("/api/v1/export-incentives/free-zones", "created")]
    [InlineData("/api/v1/export-incentives/drawback-rules", "instrument")]
    [InlineData("/api/v1/export-incentives/free-zone-rules", "instrument")]
    public async Task Other_dated_records_carry_their_date_beside_its_parts(string collection, string prefix)
    {
        var items = await AllAsync(collection + "?pageSize=500");
        string Name(string part) => prefix.Length == 0 ? part.ToLowerInvariant() : prefix + part;

        Assert.Contains(items, item => item[Name("Date")] is not null);
        Assert.All(items, item =>
        {
            var (year, month, day) = (Int(item, Name("Year")), Int(item, Name("Month")), Int(item, Name("Day")));
            Assert.Equal(Iso(year, month, day), item[Name("Date")]?.GetValue<string>());
        });
    }

    [Fact]
    public async Task Every_precision_occurs()
    {
        var dates = (await AllAsync("/api/v1/legal-events?pageSize=500"))
            .Select(e => e["date"]?.GetValue<string>())
            .OfType<string>()
            .ToList();

        Assert.Contains(dates, d => d.Length == 4);
        Assert.Contains(dates, d => d.Length == 7);
        Assert.Contains(dates, d => d.Length == 10);
    }

    [Theory]
    [InlineData("1997", "1997", "1997-99")]
    [InlineData("1997-04", "1997-04", "1997-04-99")]
    [InlineData("1997-04-13", "1997-04-13", "1997-04-13")]
    [InlineData("1991-03..1993", "1991-03", "1993-99")]
    [InlineData("2001..", "2001", "9999")]
    [InlineData("..1990-12-31", "0000", "1990-12-31")]
    public async Task A_date_filter_at_any_precision_keeps_the_dates_within_it(string filter, string from, string to)
    {
        foreach (var collection in Collections)
        {
            var matched = await AllAsync($"{collection}?pageSize=500&date={filter}");
            var all = await AllAsync(collection + "?pageSize=500");

            var expected = all.Where(i => Within(i["date"]?.GetValue<string>(), from, to))
                .Select(i => i["id"]!.GetValue<string>())
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, matched.Select(i => i["id"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        }
        Assert.NotEmpty(await AllAsync($"/api/v1/legal-events?pageSize=500&date={filter}"));
    }

    [Theory]
    [InlineData("1997-13")]
    [InlineData("1997-02-30")]
    [InlineData("97")]
    [InlineData("1998..1997-05")]
    [InlineData("..")]
    public async Task A_date_that_is_no_date_is_a_400_naming_the_parameter(string filter)
    {
        var (response, problem) = await _client.GetJsonAsync("/api/v1/legal-events?date=" + filter);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["date"]);
    }

    [Theory]
    [MemberData(nameof(DatedCollections))]
    public async Task Sorting_by_date_orders_the_dates_and_puts_the_undated_last(string collection)
    {
        var ascending = (await AllAsync(collection + "?pageSize=500&sort=date")).Select(i => i["date"]?.GetValue<string>()).ToList();
        var descending = (await AllAsync(collection + "?pageSize=500&sort=-date")).Select(i => i["date"]?.GetValue<string>()).ToList();

        var dated = ascending.TakeWhile(d => d is not null).ToList();
        Assert.All(ascending.Skip(dated.Count), d => Assert.Null(d));
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.Equal(dated.Order(StringComparer.Ordinal).Reverse(), descending.Where(d => d is not null));
    }

    [Fact]
    public async Task The_csv_has_a_date_column()
    {
        var response = await _client.GetAsync("/api/v1/legal-events?sort=date&pageSize=1&format=csv", TestContext.Current.CancellationToken);
        var lines = (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Split("\r\n");

        var columns = lines[0].Split(',');
        var date = Array.IndexOf(columns, "date");
        Assert.True(date >= 0, lines[0]);
        Assert.Equal("1969", lines[1].Split(',')[date]);
    }

    private async Task<List<JsonNode>> AllAsync(string url)
    {
        var (response, page) = await _client.GetJsonAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(page["totalCount"]!.GetValue<int>() <= 500, url);
        return page["items"]!.AsArray().Select(i => i!).ToList();
    }

    private static int? Int(JsonNode item, string name) => item[name]?.GetValue<int>();

    private static string? Iso(int? year, int? month, int? day) =>
        year is null ? null
        : month is null ? $"{year:D4}"
        : day is null ? $"{year:D4}-{month:D2}"
        : $"{year:D4}-{month:D2}-{day:D2}";

    /// <summary>Whether an ISO date lies in [from, to], comparing as text with a shorter bound padded to cover its span.</summary>
    private static bool Within(string? date, string from, string to) =>
        date is not null
        && string.CompareOrdinal(date, from) >= 0
        && string.CompareOrdinal(date, to) <= 0;
}
