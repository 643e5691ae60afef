using System.Globalization;
using System.Net;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data.Seeding;

namespace PdpApi.Api.Tests;

public sealed class ReleaseTests(ApiFixture api)
{
    private readonly HttpClient _client = api.Client;
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_release_names_its_version_date_seed_hash_and_what_changed()
    {
        var (response, release) = await _client.GetJsonAsync("/api/v1/release");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var version = release["version"]!.GetValue<string>();
        var date = DateOnly.ParseExact(release["date"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Equal(date.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture), version);
        Assert.Equal(SeedLoader.ComputeHash(Repository.SeedFolder), release["seedSha256"]!.GetValue<string>());
        Assert.Equal(version, response.Header("Data-Release"));
        var history = release["releases"]!.AsArray();
        Assert.Equal(version, history[^1]!["version"]!.GetValue<string>());
        Assert.Equal(history[^1]!["changes"]!.GetValue<string>(), release["changes"]!.GetValue<string>());
        Assert.Equal(history.Count > 1 ? history[^2]!["version"]!.GetValue<string>() : null, release["previousVersion"]?.GetValue<string>());
    }

    [Fact]
    public async Task The_papers_citation_comes_from_the_seed_in_plain_text_and_bibtex()
    {
        var (_, release) = await _client.GetJsonAsync("/api/v1/release");
        var text = release["paperCitation"]!["text"]!.GetValue<string>();
        var bibtex = release["paperCitation"]!["bibtex"]!.GetValue<string>();

        Assert.Equal(
            "Tello, Mario D., and José Tavara. 2010. \"Productive Development Policies in Latin American Countries: The Case of Peru, 1990-2007.\" "
            + "IDB Working Paper Series No. IDB-WP-129. Inter-American Development Bank, Department of Research and Chief Economist.",
            text);
        Assert.StartsWith("@techreport{tello2010,\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  author = {Tello, Mario D. and Tavara, José},\n", bibtex, StringComparison.Ordinal);
        Assert.Contains("  number = {IDB-WP-129},\n", bibtex, StringComparison.Ordinal);
        Assert.DoesNotContain("url", bibtex, StringComparison.Ordinal);
        Assert.Equal(bibtex.Count(c => c == '{'), bibtex.Count(c => c == '}'));

        var releaseCitation = release["releaseCitation"]!;
        Assert.Contains(release["seedSha256"]!.GetValue<string>(), releaseCitation["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("@misc{pdpapi", releaseCitation["bibtex"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_fact_of_the_citation_says_where_it_was_read_and_the_url_the_paper_does_not_print_is_null()
    {
        var (_, release) = await _client.GetJsonAsync("/api/v1/release");
        var fields = release["paper"]!.AsArray().ToDictionary(f => f!["field"]!.GetValue<string>(), f => f!);

        Assert.Equal(ReleaseSeed.CitationFields.Order(), fields.Keys.Order());
        Assert.Null(fields["url"]["value"]);
        Assert.Equal("not-reported", fields["url"]["nullReason"]!.GetValue<string>());
        // The text file has no title page: nothing read there may claim a line of it.
        Assert.All(fields.Values.Where(f => f["basis"]!.GetValue<string>() == "title-page"), f => Assert.Null(f["paperLine"]));
    }

    [Fact]
    public async Task Each_fact_of_the_citation_read_from_the_papers_text_is_on_the_line_it_cites()
    {
        Assert.SkipUnless(File.Exists(Repository.PaperFile), "The source paper is not beside the repository (../shared/seeds).");
        var (_, release) = await _client.GetJsonAsync("/api/v1/release");
        var paper = Repository.PaperLines();

        var fromText = release["paper"]!.AsArray().Where(f => f!["basis"]!.GetValue<string>() == "paper-text").ToList();
        Assert.NotEmpty(fromText);
        foreach (var field in fromText)
        {
            var line = paper[field!["paperLine"]!.GetValue<int>() - 1];
            foreach (var item in field["value"]!.GetValue<string>().Split(';'))
                Assert.Contains(item, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_source_carries_the_papers_citation_and_its_own_label()
    {
        var (_, release) = await _client.GetJsonAsync("/api/v1/release");
        var (_, source) = await _client.GetJsonAsync("/api/v1/sources/table-8");
        var (_, sources) = await _client.GetJsonAsync("/api/v1/sources?pageSize=500");

        var paper = release["paperCitation"]!["text"]!.GetValue<string>();
        Assert.Equal($"{paper} Table 8.", source["citation"]!.GetValue<string>());
        Assert.All(sources["items"]!.AsArray(), s => Assert.Equal($"{paper} {s!["label"]!.GetValue<string>()}.", s["citation"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("/api/v1/clusters", HttpStatusCode.OK)]
    [InlineData("/api/v1/clusters/999", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/clusters?pageSize=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/clusters/1?format=csv", HttpStatusCode.NotAcceptable)]
    [InlineData("/api/v9/clusters", HttpStatusCode.NotFound)]
    [InlineData("/health/live", HttpStatusCode.OK)]
    [InlineData("/swagger/v1/swagger.json", HttpStatusCode.OK)]
    [InlineData("/", HttpStatusCode.OK)]
    [InlineData("/nowhere", HttpStatusCode.NotFound)]
    public async Task Every_response_names_the_data_release(string path, HttpStatusCode status)
    {
        var (_, release) = await _client.GetJsonAsync("/api/v1/release");
        var response = await _client.GetAsync(path, Cancel);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(release["version"]!.GetValue<string>(), response.Header("Data-Release"));
    }

    [Fact]
    public async Task A_304_names_the_data_release_too()
    {
        var first = await _client.GetAsync("/api/v1/release", Cancel);
        var second = await _client.RevalidateAsync("/api/v1/release", first);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(first.Header("Data-Release"), second.Header("Data-Release"));
    }

    [Fact]
    public void A_release_whose_version_is_not_its_date_or_a_citation_without_a_field_is_refused()
    {
        var folder = Directory.CreateTempSubdirectory("pdpapi-release-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, ReleaseSeed.ReleasesFile), "version,date,changes\n2026.1.5,2026-01-05,First.\n");
            File.WriteAllLines(Path.Combine(folder, ReleaseSeed.CitationFile),
                File.ReadAllLines(Path.Combine(Repository.SeedFolder, ReleaseSeed.CitationFile)).Where(l => !l.StartsWith("series,", StringComparison.Ordinal)));

            var errors = Assert.Throws<SeedValidationException>(() => ReleaseSeed.Read(folder)).Errors;

            Assert.Contains(errors, e => e.File == ReleaseSeed.ReleasesFile && e.Column == "version");
            Assert.Contains(errors, e => e.File == ReleaseSeed.CitationFile && e.Message.Contains("'series'", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
