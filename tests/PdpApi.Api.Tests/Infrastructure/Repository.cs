namespace PdpApi.Api.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedFolder => Path.Combine(Root, "seed");

    public static string PaperFile => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", "000_94775221c54403c4.txt"));

    /// <summary>
    /// The paper's lines as the paper prints them: the text extraction escaped every dollar sign (<c>US\$2.73</c>), an
    /// artefact of the file, not of the paper, which the seed does not keep.
    /// </summary>
    public static string[] PaperLines() =>
        [.. File.ReadAllLines(PaperFile).Select(line => line.Replace(ExtractionEscapedDollar, "$", StringComparison.Ordinal))];

    /// <summary>How the text extraction writes a dollar sign.</summary>
    public const string ExtractionEscapedDollar = "\\$";

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PdpApi.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("PdpApi.sln not found above " + AppContext.BaseDirectory);
    }
}
