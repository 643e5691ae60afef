using System.Globalization;
using System.Text;
using PdpApi.Api;
using PdpApi.Data.Seeding;

namespace PdpApi.Release;

/// <summary>
/// The data release this build serves, read once from the seed folder: its version and history (releases.csv), the
/// paper's bibliographic record (citation.csv) and the SHA-256 of the seed's files, with the citations built from them.
/// </summary>
public sealed class PublishedRelease(IConfiguration configuration)
{
    public const string Header = "Data-Release";

    private readonly Lazy<(SeedRelease Seed, string Sha256)> _read = new(() =>
    {
        var folder = DatabaseStartup.SeedPath(configuration);
        return (ReleaseSeed.Read(folder), SeedLoader.ComputeHash(folder));
    });

    public SeedRelease Seed => _read.Value.Seed;
    public ReleaseEntry Current => Seed.Current;
    public string Version => Current.Version;

    /// <summary>SHA-256 over the names and bytes of the seed's CSV files, in name order (how the loader identifies a seed).</summary>
    public string SeedSha256 => _read.Value.Sha256;

    public string PaperText
    {
        get
        {
            var authors = Seed.List("authors");
            var names = authors.Select((a, i) => i == 0 ? a : Given(a)).ToList();
            var text = new StringBuilder(names.Count switch
            {
                1 => names[0],
                2 => $"{names[0]}, and {names[1]}",
                _ => string.Join(", ", names[..^1]) + ", and " + names[^1],
            });
            text.Append(". ").Append(Year).Append(". \"").Append(Value("title")).Append(".\" ")
                .Append(Value("series")).Append(" No. ").Append(Value("number")).Append(". ").Append(Value("publisher")).Append('.');
            if (Seed.Field("url").Value is { } url)
                text.Append(' ').Append(url);
            return text.ToString();
        }
    }

    public string PaperBibtex
    {
        get
        {
            var fields = new List<(string, string)>
            {
                ("author", string.Join(" and ", Seed.List("authors"))),
                ("title", Value("title")),
                ("institution", Value("publisher")),
                ("type", Value("series")),
                ("number", Value("number")),
                ("year", Year),
            };
            if (Month is { } month)
                fields.Add(("month", month));
            if (Seed.Field("url").Value is { } url)
                fields.Add(("url", url));
            return Bibtex("techreport", Key(Seed.List("authors")[0].Split(',')[0] + Year), fields);
        }
    }

    public string ReleaseText =>
        $"PdpApi data release {Version} ({Current.Date:yyyy-MM-dd}): the data of {ShortPaper}, transcribed and served by "
        + $"the PdpApi REST API (v1). SHA-256 of seed/: {SeedSha256}.";

    public string ReleaseBibtex => Bibtex("misc", Key("pdpapi" + Version), [
        ("title", $"PdpApi data release {Version}: the data of {ShortPaper}"),
        ("author", "{PdpApi}"),
        ("year", Current.Date.Year.ToString(CultureInfo.InvariantCulture)),
        ("version", Version),
        ("note", $"SHA-256 of seed/: {SeedSha256}"),
    ]);

    /// <summary>How a table or section of the paper is cited: the paper, then where in it.</summary>
    public string CiteSource(string label) => $"{PaperText} {label}.";

    private string ShortPaper
    {
        get
        {
            var families = Seed.List("authors").Select(a => a.Split(',')[0]).ToList();
            var who = families.Count == 2 ? $"{families[0]} and {families[1]}" : families.Count > 2 ? $"{families[0]} et al." : families[0];
            return $"{who} ({Year}), {Value("series")} No. {Value("number")}";
        }
    }

    private string Value(string field) => Seed.Field(field).Value ?? "";
    private string Year => Value("date")[..4];
    private string? Month => Value("date") is { Length: 7 } date
        ? CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedMonthName(int.Parse(date[5..], CultureInfo.InvariantCulture)).ToLowerInvariant()
        : null;

    // "Tavara, José" is written "José Tavara" after the first author.
    private static string Given(string familyFirst) => familyFirst.Split(", ", 2) is [var family, var given] ? $"{given} {family}" : familyFirst;

    private static string Key(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static string Bibtex(string type, string key, IEnumerable<(string Name, string Value)> fields) =>
        $"@{type}{{{key},\n" + string.Join(",\n", fields.Select(f => f.Name == "month" ? $"  {f.Name} = {f.Value}" : $"  {f.Name} = {{{f.Value}}}")) + "\n}\n";
}

public static class DataReleaseHeader
{
    /// <summary>
    /// Every response, errors and 304s included, names the data release in <c>Data-Release</c>; set as the response
    /// starts, so neither the exception handler's reset nor a replay from the output cache loses it.
    /// </summary>
    public static IApplicationBuilder UsePdpDataReleaseHeader(this IApplicationBuilder app)
    {
        var release = app.ApplicationServices.GetRequiredService<PublishedRelease>();
        return app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[PublishedRelease.Header] = release.Version;
                return Task.CompletedTask;
            });
            return next(context);
        });
    }
}
