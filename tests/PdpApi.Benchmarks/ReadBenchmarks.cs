using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace PdpApi.Benchmarks;

/// <summary>
/// Whole-stack reads through the in-memory test server (routing, MVC, EF on SQLite, serialization, ETag), with the
/// output cache on and off. Compare ratios within one run; absolute times drift between machines and runs.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pdpapi-bench", Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program> _factory = null!;
    private HttpClient _client = null!;

    [Params(true, false)]
    public bool OutputCaching { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Directory.CreateDirectory(_folder);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("ConnectionStrings:Pdp", $"Data Source={Path.Combine(_folder, "bench.db")}");
            builder.UseSetting("OutputCaching:Enabled", OutputCaching ? "true" : "false");
            builder.UseSetting("RateLimiting:PermitsPerWindow", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        _client = _factory.CreateClient();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _factory.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public Task<string> GetOneCluster() => _client.GetStringAsync("/api/v1/clusters/6");

    [Benchmark]
    public Task<string> ListClustersJson() => _client.GetStringAsync("/api/v1/clusters?pageSize=100");

    [Benchmark]
    public Task<string> ListClustersCsv() => _client.GetStringAsync("/api/v1/clusters?pageSize=100&format=csv");

    [Benchmark]
    public Task<string> FilterClusters() => _client.GetStringAsync("/api/v1/clusters?region=piura,lima&sort=-name");

    [Benchmark]
    public Task<string> WholeTableOfObservations() => _client.GetStringAsync("/api/v1/series/observations?sourceTable=table-2&pageSize=500");

    [Benchmark]
    public Task<string> TariffStructureIndicator() => _client.GetStringAsync("/api/v1/indicators/tariff-structure");

    [Benchmark]
    public Task<string> ConcentrationIndicator() => _client.GetStringAsync("/api/v1/indicators/concentration?dataset=fdi-stocks&k=5");
}
