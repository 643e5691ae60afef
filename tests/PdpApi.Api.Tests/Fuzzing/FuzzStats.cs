using System.Collections.Concurrent;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>What a run of the fuzzer sent and saw, for its summary line.</summary>
public sealed class FuzzStats
{
    private readonly Lock _slowestLock = new();
    private int _requests;
    private int _validated;
    private (double Milliseconds, string Request) _slowest;

    public ConcurrentDictionary<int, int> Statuses { get; } = new();

    public int Requests => _requests;

    /// <summary>2xx JSON bodies checked against the operation's response schema.</summary>
    public int Validated => _validated;

    public void Record(int status)
    {
        Interlocked.Increment(ref _requests);
        Statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
    }

    public void RecordValidated() => Interlocked.Increment(ref _validated);

    /// <summary>Adds another run's counts (its slowest request counts if it is slower).</summary>
    public void Add(FuzzStats other)
    {
        Interlocked.Add(ref _requests, other.Requests);
        Interlocked.Add(ref _validated, other.Validated);
        foreach (var (status, count) in other.Statuses)
            Statuses.AddOrUpdate(status, count, (_, n) => n + count);
        lock (_slowestLock)
        {
            if (other._slowest.Milliseconds > _slowest.Milliseconds)
                _slowest = other._slowest;
        }
    }

    public void RecordTime(TimeSpan elapsed, FuzzRequest request)
    {
        lock (_slowestLock)
        {
            if (elapsed.TotalMilliseconds > _slowest.Milliseconds)
                _slowest = (elapsed.TotalMilliseconds, $"{request.Method} {FuzzRequest.Excerpt(request.Url, 160)}");
        }
    }

    public override string ToString() =>
        $"{Requests} requests ({string.Join(", ", Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}"))}), "
        + $"{Validated} 2xx JSON bodies validated against their schema; slowest {_slowest.Milliseconds:0} ms: {_slowest.Request ?? "none"}";
}
