using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace PdpApi.Api.Tests.Infrastructure;

/// <summary>
/// Starts the real app on a fresh SQLite file in a temporary folder, migrated and loaded from the repository's seed/.
/// Settings can be overridden per factory (a tight rate limit, output caching off, another seed folder).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public ApiFactory(IDictionary<string, string?>? settings = null)
    {
        Directory.CreateDirectory(Folder);
        _settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Pdp"] = $"Data Source={DatabaseFile}",
            // Every budget out of the way of tests that share one host; RateLimitingTests sets its own.
            ["RateLimiting:PermitsPerWindow"] = "100000",
            ["RateLimiting:ExpensivePermitsPerWindow"] = "100000",
            ["RateLimiting:DocsPermitsPerWindow"] = "100000",
        };
        // "{folder}" in a setting stands for this factory's temporary folder.
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            _settings[key] = value?.Replace("{folder}", Folder, StringComparison.Ordinal);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "pdpapi-tests", Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(Folder, "pdpapi.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
            builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open elsewhere; the temporary folder is cleaned by the system.
        }
    }
}

/// <summary>One app for the whole test run, shared by the test classes that only read.</summary>
public sealed class ApiFixture : IDisposable
{
    public ApiFixture()
    {
        Factory = new ApiFactory();
        Client = Factory.CreateClient();
    }

    public ApiFactory Factory { get; }
    public HttpClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
