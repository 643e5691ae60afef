using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using PdpApi.Data;

namespace PdpApi.Api;

/// <summary>
/// The data release this process serves: the SHA-256 of the loaded seed (as the database records it) together with the
/// build of the code that shapes the responses. Data change only when a seed release is loaded, so a response is fixed
/// by the release and the request; that is what makes an ETag computable before any query runs.
/// </summary>
public sealed class DataRelease(IServiceScopeFactory scopes, IConfiguration configuration)
{
    private sealed record Known(string Id, DateTimeOffset ReadAt);

    /// <summary>A build of the API, the data layer or the domain can change a representation as much as new data can.</summary>
    private static readonly string CodeBuild = string.Join(',',
        new[] { typeof(DataRelease), typeof(PdpDbContext), typeof(Domain.TariffDistribution) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId));

    // Another replica or a deployment step may load a new seed into a shared database: the record is read again this often.
    private readonly TimeSpan _recheck = TimeSpan.FromSeconds(configuration.GetValue("HttpCaching:ReleaseRecheckSeconds", 60));
    private volatile Known? _known;

    /// <summary>The release id, or null while the database cannot say which seed it holds (requests then run unvalidated).</summary>
    public async ValueTask<string?> IdAsync(CancellationToken cancellationToken)
    {
        var known = _known;
        if (known is not null && DateTimeOffset.UtcNow - known.ReadAt < _recheck)
            return known.Id;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PdpDbContext>();
            var hash = await db.SeedStates.AsNoTracking().Where(s => s.Id == 1).Select(s => s.ContentHash).SingleOrDefaultAsync(cancellationToken);
            if (hash is null)
                return null;
            var id = Identify(hash);
            _known = new Known(id, DateTimeOffset.UtcNow);
            return id;
        }
        catch (Exception ex) when (DatabaseAvailability.IsUnavailable(ex) || ex is OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>
    /// A strong ETag for the representation the request asks for in this release: the path, the query sorted by name
    /// (values keep their order) and the <c>Accept</c> header, so JSON and CSV, or two pages, never share one.
    /// </summary>
    public static string ETag(string releaseId, HttpRequest request)
    {
        var key = new StringBuilder(releaseId).Append('\n').Append(request.PathBase).Append(request.Path).Append('\n');
        foreach (var (name, values) in request.Query.OrderBy(p => p.Key, StringComparer.Ordinal))
            foreach (var value in values)
                key.Append(name).Append('=').Append(value).Append('&');
        key.Append('\n').Append(request.Headers.Accept.ToString());
        return Quote(SHA256.HashData(Encoding.UTF8.GetBytes(key.ToString())));
    }

    private static string Identify(string seedContentHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{seedContentHash}\n{CodeBuild}")));

    internal static string Quote(byte[] hash) => $"\"{Convert.ToBase64String(hash).TrimEnd('=').Replace('+', '-').Replace('/', '_')}\"";
}
