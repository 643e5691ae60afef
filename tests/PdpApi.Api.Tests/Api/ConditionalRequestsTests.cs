using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>
/// ETags come from the data release and the request, not from the body: a matching If-None-Match is answered before
/// any query runs (with the output cache on or off), and a new seed changes every ETag.
/// </summary>
public sealed class ConditionalRequestsTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    // Without pooling no connection stays open, so moving the file away really takes the database from the app.
    private static ApiFactory App(string outputCaching = "false", IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Pdp"] = "Data Source={folder}/served.db;Pooling=False",
            ["OutputCaching:Enabled"] = outputCaching,
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
            settings[key] = value;
        return new ApiFactory(settings);
    }

    private static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, EntityTagHeaderValue? ifNoneMatch = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (ifNoneMatch is not null)
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        if (accept is not null)
            request.Headers.Accept.ParseAdd(accept);
        return await client.SendAsync(request, Cancel);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("true")]
    public async Task A_matching_etag_is_answered_304_without_touching_the_database(string outputCaching)
    {
        using var factory = App(outputCaching);
        using var client = factory.CreateClient();
        const string path = "/api/v1/clusters?region=Piura&sort=name";
        var first = await GetAsync(client, path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        var file = Path.Combine(factory.Folder, "served.db");
        File.Move(file, file + ".away");
        // The same representation in another order of the query is the same request.
        var conditional = await GetAsync(client, "/api/v1/clusters?sort=name&region=Piura", etag);
        Assert.Equal(HttpStatusCode.NotModified, conditional.StatusCode);
        Assert.Equal(etag, conditional.Headers.ETag);
        Assert.Empty(await conditional.Content.ReadAsByteArrayAsync(Cancel));

        // Proof that the database really is gone: anything the caches do not hold fails, and carries no validator.
        var unconditional = await GetAsync(client, "/api/v1/clusters?region=Piura&sort=-name");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unconditional.StatusCode);
        Assert.Null(unconditional.Headers.ETag);
        File.Move(file + ".away", file);
    }

    [Fact]
    public async Task Representations_and_pages_never_share_an_etag()
    {
        using var factory = App();
        using var client = factory.CreateClient();
        var tags = new[]
        {
            (await GetAsync(client, "/api/v1/clusters?pageSize=5")).Headers.ETag!.Tag,
            (await GetAsync(client, "/api/v1/clusters?pageSize=5&page=2")).Headers.ETag!.Tag,
            (await GetAsync(client, "/api/v1/clusters?pageSize=5", accept: "text/csv")).Headers.ETag!.Tag,
            (await GetAsync(client, "/api/v1/clusters?pageSize=5&format=csv")).Headers.ETag!.Tag,
            (await GetAsync(client, "/api/v1/clusters/5")).Headers.ETag!.Tag,
        };
        Assert.Equal(tags.Length, tags.Distinct(StringComparer.Ordinal).Count());

        // And the same request twice is the same tag.
        Assert.Equal(tags[0], (await GetAsync(client, "/api/v1/clusters?pageSize=5")).Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_response_other_than_200_carries_no_validator_and_a_tag_for_it_does_not_make_it_304()
    {
        using var factory = App();
        using var client = factory.CreateClient();
        var missing = await GetAsync(client, "/api/v1/clusters/999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Null(missing.Headers.ETag);
        Assert.Null(missing.Headers.CacheControl);

        var any = await GetAsync(client, "/api/v1/clusters/999", EntityTagHeaderValue.Any);
        Assert.Equal(HttpStatusCode.NotFound, any.StatusCode);
        Assert.Equal("application/problem+json", any.Content.Headers.ContentType!.MediaType);

        var existing = await GetAsync(client, "/api/v1/clusters/5", EntityTagHeaderValue.Any);
        Assert.Equal(HttpStatusCode.NotModified, existing.StatusCode);
        Assert.NotNull(existing.Headers.ETag);
    }

    [Fact]
    public async Task A_new_seed_release_changes_every_etag()
    {
        using var factory = App(more: new Dictionary<string, string?> { ["HttpCaching:ReleaseRecheckSeconds"] = "0" });
        using var client = factory.CreateClient();
        var paths = new[] { "/api/v1/clusters/5", "/api/v1/clusters?region=Piura", "/api/v1/sources?pageSize=3" };
        var before = new List<EntityTagHeaderValue>();
        foreach (var path in paths)
            before.Add((await GetAsync(client, path)).Headers.ETag!);

        // What a deployment that loads another seed into the shared database leaves behind.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(factory.Folder, "served.db")};Pooling=False"))
        {
            await connection.OpenAsync(Cancel);
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE SeedStates SET ContentHash = 'another release' WHERE Id = 1";
            Assert.Equal(1, await command.ExecuteNonQueryAsync(Cancel));
        }

        for (var i = 0; i < paths.Length; i++)
        {
            var after = await GetAsync(client, paths[i], before[i]);
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
            Assert.NotEqual(before[i], after.Headers.ETag);
        }
    }
}
