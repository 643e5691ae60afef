using System.Globalization;
using CsCheck;
using Microsoft.AspNetCore.Mvc.Testing;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>
/// An app of the fuzzer's own, unthrottled (every budget, the calculators' too), on a copy of the database the shared
/// app has already migrated and seeded; and the real ids its collections hold.
/// </summary>
public sealed class FuzzApp(ApiFixture shared) : IAsyncLifetime
{
    public ApiFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public IdPool Ids { get; private set; } = null!;

    /// <summary>What every operation's run added up to so far.</summary>
    public FuzzStats Total { get; } = new();

    public async ValueTask InitializeAsync()
    {
        Factory = new ApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "false",
            ["Database:PrepareOnStart"] = "false",
        });
        File.Copy(shared.Factory.DatabaseFile, Factory.DatabaseFile);
        Client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Ids = await IdPool.LoadAsync(Client, OpenApiSpec.CheckedIn, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>
/// Schema-driven fuzzing of every operation in openapi/v1.json: generated requests, valid and hostile, must get an
/// answer the document promises: no 5xx, only declared statuses, every 4xx a problem+json carrying its status and a
/// traceId, every 2xx in a declared media type and every JSON body valid against its schema. A failure prints the
/// CsCheck seed that reproduces it (<c>CsCheck_Seed=...</c>); <c>PDPAPI_FUZZ_ITERATIONS</c> sets the requests per
/// operation for a longer run.
/// </summary>
public sealed class OperationFuzzTests(FuzzApp app, ITestOutputHelper output) : IClassFixture<FuzzApp>
{
    private const int GetIterations = 40;
    private const int BodyIterations = 300;

    public static TheoryData<string, string> Operations { get; } =
        new(OpenApiSpec.CheckedIn.Operations.Select(o => (o.Method, o.Path)));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Any_request_gets_a_declared_status_and_a_body_that_matches_the_document(string method, string path)
    {
        var spec = OpenApiSpec.CheckedIn;
        var operation = spec.Find(method, path);
        var bodies = operation.RequestBodySchema is { } schema ? new JsonBodyGenerator(schema, spec.Schemas) : null;
        var requests = new RequestGenerator(operation, app.Ids, bodies).Requests;
        var checker = new ResponseChecker(spec, app.Client);
        var stats = new FuzzStats();
        var cancel = TestContext.Current.CancellationToken;

        try
        {
            await requests.SampleAsync(
                async request =>
                {
                    var wrong = await checker.CheckAsync(operation, request, stats, cancel);
                    if (wrong is not null)
                        Assert.Fail(wrong);
                },
                writeLine: output.WriteLine,
                iter: Iterations(bodies is null ? GetIterations : BodyIterations),
                print: request => request.ToString());
        }
        finally
        {
            var ids = operation.PathParameters.Sum(p => app.Ids.ForPath(operation, p).Count);
            output.WriteLine($"{operation}: {stats}; {ids} real path ids");
            app.Total.Add(stats);
            output.WriteLine($"All operations run so far: {app.Total}");
        }
    }

    [Fact]
    public void Every_path_parameter_is_fuzzed_with_real_ids_from_its_collection()
    {
        var missing = OpenApiSpec.CheckedIn.Operations
            .SelectMany(o => o.PathParameters.Select(p => (Operation: o, Parameter: p)))
            .Where(x => app.Ids.ForPath(x.Operation, x.Parameter).Count == 0)
            .Select(x => $"{x.Operation} {{{x.Parameter.Name}}}")
            .ToList();

        Assert.True(missing.Count == 0, "No ids were found for: " + string.Join(", ", missing));
    }

    private static long Iterations(int defaultCount) =>
        int.TryParse(Environment.GetEnvironmentVariable("PDPAPI_FUZZ_ITERATIONS"), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : defaultCount;
}
