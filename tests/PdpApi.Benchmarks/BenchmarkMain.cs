using BenchmarkDotNet.Running;

namespace PdpApi.Benchmarks;

public static class BenchmarkMain
{
    /// <summary><c>dotnet run -c Release --project tests/PdpApi.Benchmarks -- --filter '*'</c></summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkMain).Assembly).Run(args);
}
