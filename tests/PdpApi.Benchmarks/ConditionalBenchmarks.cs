using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Http;
using PdpApi.Api;

namespace PdpApi.Benchmarks;

/// <summary>
/// The validator every GET pays for: the ETag derived from the data release and the normalised request (a SHA-256 of
/// a few hundred bytes), against the body hash it replaced, for a one-page list of 50 clusters (about 20 KB).
/// </summary>
[MemoryDiagnoser]
public class ConditionalBenchmarks
{
    private readonly DefaultHttpContext _context = new();
    private readonly byte[] _body = new byte[20_000];

    [GlobalSetup]
    public void Setup()
    {
        _context.Request.Path = "/api/v1/clusters";
        _context.Request.QueryString = new QueryString("?sort=-name&region=Piura,Lima&pageSize=50");
        _context.Request.Headers.Accept = "application/json";
        Random.Shared.NextBytes(_body);
    }

    [Benchmark(Baseline = true)]
    public string ETagFromReleaseAndRequest() => DataRelease.ETag("0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0", _context.Request);

    [Benchmark]
    public string ETagFromBody() => DataRelease.Quote(System.Security.Cryptography.SHA256.HashData(_body));
}
