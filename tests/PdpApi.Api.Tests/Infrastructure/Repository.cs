namespace PdpApi.Api.Tests.Infrastructure;

/// <summary>Paths in the repository, found from the test's output folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string SeedFolder => Path.Combine(Root, "seed");

    public static string PaperFile => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds", "000_94775221c54403c4.txt"));

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
