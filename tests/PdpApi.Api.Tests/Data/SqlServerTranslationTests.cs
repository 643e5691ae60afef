using System.Data;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PdpApi.Api.Tests.Infrastructure;
using PdpApi.Data;

namespace PdpApi.Api.Tests;

/// <summary>
/// Every GET operation of the OpenAPI document, with each sort field and each filter, served by the app on the SQL
/// Server provider against a fake server (<see cref="FakeSqlServerFactory"/>): every LINQ query must translate, and
/// every SQL statement sent must parse as T-SQL for SQL Server 2022. SQLite, which the rest of the suite runs on,
/// translates some queries SQL Server cannot (and the other way round); this finds them without a server.
/// </summary>
public sealed partial class SqlServerTranslationTests(ApiFixture sqlite)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>
    /// A value for each filter, by parameter name. The SQL depends on the form of a value, not on the value, so one
    /// sample does: a list of two where the filter takes several (the general case of a parameterised IN), a closed
    /// range where it takes a range (both bounds compared; a single year is the same range).
    /// </summary>
    private static readonly Dictionary<string, string[]> Samples = new(StringComparer.Ordinal)
    {
        ["administration"] = ["toledo-2001,garcia-2006"],
        ["band"] = ["0-5,over-20"],
        ["bandRates"] = ["0,2,7,12,17,30"],
        ["body"] = ["promperu,incagro"],
        ["cluster"] = ["6,19"],
        ["country"] = ["chile,argentina"],
        ["date"] = ["1991-03..1997-04-13"],
        ["eventType"] = ["created,merged-into"],
        ["failure"] = ["higher-social-returns-of-new-activities,activities-profitable-only-if-implemented-simultaneously"],
        ["flowOrStock"] = ["flow,stock"],
        ["group"] = ["all-goods,fish-and-fish-products"],
        ["id"] = ["1..10"],
        ["indicator"] = ["simple-average-percent,tariff-lines-count"],
        ["institution"] = ["promperu,incagro"],
        ["instrumentType"] = ["law,supreme-decree"],
        ["isAverage"] = ["false"],
        ["k"] = ["3"],
        // One partner is matched as words of the name, several each against the name: two queries.
        ["partner"] = ["Chile", "chile,Comunidad Andina"],
        ["period"] = ["1990..2000"],
        ["placement"] = ["confident,inferred"],
        ["preferredOnly"] = ["false"],
        ["pta"] = ["andean-community,cea-39-brazil"],
        ["publishedOnly"] = ["false"],
        ["q"] = ["Perú export"],
        ["region"] = ["piura,Lima"],
        ["respondent"] = ["institution,beneficiary"],
        ["ruleType"] = ["rate,threshold"],
        ["selected"] = ["true"],
        ["series"] = ["t1-real-output-growth,t4-government-investment-by-type"],
        ["sourceSeries"] = ["national,unctad"],
        ["startYear"] = ["1990..2000"],
        ["type"] = ["public-input,market-intervention"],
        ["unit"] = ["percent,millions-usd"],
        ["year"] = ["1990..2000"],
    };

    /// <summary>Filters whose values depend on the operation.</summary>
    private static readonly Dictionary<(string Path, string Parameter), string[]> SamplesFor = new()
    {
        [("/api/v1/clusters", "sector")] = ["agriculture,tourism"],
        [("/api/v1/export-incentives/drawback-exports", "sector")] = ["textiles-and-apparel,mining"],
        [("/api/v1/export-incentives/drawback-exports", "measure")] = ["exports-millions-usd,growth-percent"],
        [("/api/v1/export-incentives/free-zone-imports", "sector")] = ["textiles-and-apparel,mining"],
        [("/api/v1/export-incentives/free-zone-imports", "measure")] = ["imports-millions-usd,share-of-gdp-percent"],
        [("/api/v1/fdi/sector-shares", "sector")] = ["mining,finance"],
        [("/api/v1/fdi/sector-shares", "measure")] = ["millions-usd"],
        [("/api/v1/fdi/sector-shares", "sourceSeries")] = ["national"],
        [("/api/v1/fdi/totals", "sector")] = ["inward-fdi,outward-fdi"],
        [("/api/v1/fdi/totals", "measure")] = ["millions-usd,share-of-gdp-percent"],
        // One slug and several: the list filters translate as IN lists of either length.
        [("/api/v1/tariffs/sector-protection", "sector")] = ["textiles", "textiles,food"],
        [("/api/v1/tariffs/sector-protection", "measure")] = ["ad-valorem-tariff,output-growth"],
        [("/api/v1/tariffs/sector-protection", "periodAsPrinted")] = ["1990-1992", "2001-2002,2006-2007"],
        [("/api/v1/tariffs/protection-growth-correlations", "measure")] = ["effective-protection,ad-valorem-tariff"],
        [("/api/v1/indicators/protection-growth-correlations", "measure")] = ["effective-protection,ad-valorem-tariff"],
        [("/api/v1/institution-figures", "dataset")] = ["expenditure,features"],
        [("/api/v1/institution-figures", "measure")] = ["impact-score,staff-count"],
        [("/api/v1/institutions/{id}/figures", "dataset")] = ["expenditure,features"],
        [("/api/v1/institutions/{id}/figures", "measure")] = ["impact-score,staff-count"],
        [("/api/v1/institutions", "kind")] = ["agency,programme"],
        [("/api/v1/institutions", "dimension")] = ["horizontal,vertical"],
        [("/api/v1/cluster-programs", "kind")] = ["donor-funded-project,industrial-park"],
        [("/api/v1/export-incentives/free-zones", "kind")] = ["ceticos,free-zone"],
        [("/api/v1/sources", "kind")] = ["table,section"],
        [("/api/v1/footnotes", "sourceId")] = ["table-8,section-4.1"],
        [("/api/v1/indicators", "sourceTable")] = ["table-8"],
        [("/api/v1/series", "sourceTable")] = ["table-2,section-2.1"],
        [("/api/v1/series", "dimension")] = ["sector,none"],
        [("/api/v1/series/observations", "sourceTable")] = ["table-2,table-a2"],
        [("/api/v1/series/observations", "dimension")] = ["agriculture,total"],
        [("/api/v1/series/{code}/observations", "sourceTable")] = ["table-2"],
        [("/api/v1/series/{code}/observations", "series")] = ["t1-real-output-growth"],
        [("/api/v1/series/{code}/observations", "dimension")] = ["agriculture,total"],
        // FDI shares, Table 9's countries and the series-based datasets are read by three different queries.
        [("/api/v1/indicators/concentration", "dataset")] = ["fdi-flows", "ntb-shares", "export-structure"],
        [("/api/v1/indicators/concentration", "period")] = ["2000..2007"],
    };

    /// <summary>The required parameters, sent with every request to the operation.</summary>
    private static readonly Dictionary<string, string> Required = new(StringComparer.Ordinal)
    {
        ["/api/v1/indicators/concentration"] = "dataset=fdi-flows",
    };

    /// <summary>Operations whose parameters only make sense together: these query strings are sent instead of one filter at a time.</summary>
    private static readonly Dictionary<string, string[]> Explicit = new(StringComparer.Ordinal)
    {
        // The catalogue is in code, sorted in memory by one field at a time.
        ["/api/v1/indicators"] = ["", "sourceTable=table-8&sort=-id"],
        ["/api/v1/indicators/drawback"] =
        [
            "year=2005&fobExportValueUsd=100000&cifImportedInputsUsd=20000&hsHeading=610910&inputsUnderPreferentialRegime=false",
            "year=2007&fobExportValueUsd=100000&cifImportedInputsUsd=20000&hsHeading=0901&inputsUnderPreferentialRegime=true&tariffHeadingExportsPreviousYearUsd=5000000",
        ],
        ["/api/v1/indicators/effective-protection"] =
        [
            "outputTariff=20&coefficients=0.3,0.2&inputTariffs=10,5",
            "outputTariff=20&coefficients=0.3,0.2&inputTariffs=10,5&traded=true,false&method=balassa",
        ],
        ["/api/v1/indicators/series-transformations"] =
        [
            "series=t4-government-investment-by-type&transformation=change&dimension=agriculture",
            "series=t4-government-investment-by-type&transformation=share&period=1990-1995",
        ],
    };

    /// <summary>Parameters an operation lists but refuses (SQLite answers 400 too): they belong to a sibling operation.</summary>
    private static readonly HashSet<(string Path, string Parameter)> Refused =
    [
        ("/api/v1/fdi/sector-shares", "measure"),
        ("/api/v1/fdi/sector-shares", "sourceSeries"),
        ("/api/v1/series/{code}/observations", "sourceTable"),
        ("/api/v1/series/{code}/observations", "series"),
    ];

    /// <summary>
    /// Answers that differ from SQLite's only because the fake server has no rows, by operation: the status, a piece of
    /// what the API said (the 400's body, the 500's exception message) and why. Each was read: the queries had run and
    /// translated, and what failed is the computation on no rows. Anything else that differs fails the test.
    /// </summary>
    private static readonly Dictionary<string, (HttpStatusCode Status, string Message, string Reason)> EmptyDataAnswers = new(StringComparer.Ordinal)
    {
        // The series is looked up before its observations; with none stored, the code is refused as unknown.
        ["/api/v1/indicators/series-transformations"] = (HttpStatusCode.BadRequest, "is not a series code", "the series code is checked against the stored series"),
        // Institution ids are checked against the stored institutions before the legal events are read.
        ["/api/v1/indicators/legal-instability"] = (HttpStatusCode.BadRequest, "is not an institution id", "institution ids are checked against the stored institutions"),
        // The rules are read, then handed to DrawbackCalculator.Calculate, which refuses an empty set.
        ["/api/v1/indicators/drawback"] = (HttpStatusCode.BadRequest, "Give the drawback rules", "the calculator refuses an empty rule set"),
        // Table 18's figures are read, then compared across institutions (CostEffectiveness.Compare), which needs one.
        ["/api/v1/indicators/cost-effectiveness"] = (HttpStatusCode.BadRequest, "Give at least one institution.", "the comparison refuses no institutions"),
        // The margins are taken against the MFN row of Table 10 (ptas.Single(p => p.TariffKind == "mfn") in memory,
        // after the query); with no rows there is none. Not a translation problem: the query ran.
        ["/api/v1/indicators/preference-margins"] = (HttpStatusCode.InternalServerError, "Sequence contains no matching element", "there is no MFN row to take margins against"),
    };

    [Fact]
    public async Task Every_query_the_api_runs_translates_to_SQL_Server_and_parses()
    {
        var clock = Stopwatch.StartNew();
        var operations = GetOperations();
        var sourceIds = (await sqlite.Client.GetJsonAsync("/api/v1/sources?pageSize=500")).Body["items"]!.AsArray().Select(s => s!["id"]!.GetValue<string>()).ToList();
        using var fake = new FakeSqlServerFactory(sql => SourceIdsQuery().IsMatch(sql) ? Column(sourceIds) : null);
        using var client = fake.CreateClient();
        using (var scope = fake.Services.CreateScope())
        {
            // The provider and execution strategy production serves with: retries never start, as no command fails.
            var db = scope.ServiceProvider.GetRequiredService<PdpDbContext>();
            Assert.True(db.Database.IsSqlServer());
            Assert.IsType<SqlServerRetryingExecutionStrategy>(db.Database.CreateExecutionStrategy());
        }

        var failures = new List<string>();
        var notes = new List<string>();
        var requests = 0;
        var operationOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            var path = await WithSampleIdsAsync(operation.Path);
            foreach (var (query, parameter) in Queries(operation).Concat(await CursorQueriesAsync(operation, path)))
            {
                var url = query.Length == 0 ? path : path + "?" + query;
                fake.Sql.Request = url;
                operationOf[url] = operation.Id;
                fake.Errors.Clear();
                using var response = await client.GetAsync(url, Cancel);
                requests++;
                if (response.IsSuccessStatusCode)
                    continue;
                var body = await response.Content.ReadAsStringAsync(Cancel);
                var outcome = await ExplainAsync(operation, parameter, url, response.StatusCode, body, fake.Errors.Entries.Select(e => e.Exception).ToList());
                (outcome.Fails ? failures : notes).Add(outcome.Text);
            }
        }

        var served = clock.Elapsed;
        var statements = fake.Sql.Commands.GroupBy(c => c.Sql, StringComparer.Ordinal).ToList();
        foreach (var statement in statements)
        {
            var errors = fake.Sql.Parse(statement.Key).Errors;
            if (errors.Count > 0)
                failures.Add($"SQL sent for {statement.First().Request} does not parse as T-SQL:\n  {string.Join("\n  ", errors.Select(TSql.Describe))}\n{statement.Key}");
        }

        var summary = $"{operations.Count} GET operations ({operations.Count - OperationsWithoutDatabase} reading the database), {requests} requests, {fake.Sql.Commands.Count} commands, {statements.Count} distinct SQL statements, {clock.Elapsed.TotalSeconds:0.0} s (requests {served.TotalSeconds:0.0} s)";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        foreach (var note in notes)
            TestContext.Current.TestOutputHelper?.WriteLine("  " + note);
        Assert.True(failures.Count == 0, $"{summary}; {failures.Count} problems:\n\n" + string.Join("\n\n", failures));
        // Each list runs a COUNT and a page query, a few operations more: far fewer would mean queries are not reaching the fake.
        Assert.True(statements.Count >= 250, $"only {statements.Count} distinct SQL statements were captured ({summary})");
        // The data release (which ETags derive from) is read before any operation runs; it is not the operation's query.
        var operationQueries = fake.Sql.Commands.Where(c => !c.Sql.Contains("[SeedStates]", StringComparison.Ordinal));
        Assert.Equal(operations.Count, operationQueries.Select(c => operationOf[c.Request]).Distinct().Count() + OperationsWithoutDatabase);
    }

    /// <summary>
    /// The calculators that take all their numbers from the caller, the catalogue, which is in code, and the release,
    /// read from the seed folder.
    /// </summary>
    private const int OperationsWithoutDatabase = 3;

    private async Task<(bool Fails, string Text)> ExplainAsync(Operation operation, string? parameter, string url, HttpStatusCode status, string body, List<Exception> exceptions)
    {
        var exception = exceptions.FirstOrDefault();
        var detail = exception is null ? "" : $"\n  {exception.GetType().FullName}: {exception.Message}\n  at {Origin(exception)}";
        if (exception is InvalidOperationException && exception.Message.Contains("could not be translated", StringComparison.Ordinal))
            return (true, $"{operation.Id} GET {url}: the LINQ query does not translate for SQL Server ({(int)status}){detail}");
        if (exception is not null && status != HttpStatusCode.InternalServerError)
            return (true, $"{operation.Id} GET {url}: answered {(int)status} after logging an error{detail}");

        // A 400 names what was refused in its body, a 500 in the exception logged.
        var said = status == HttpStatusCode.InternalServerError ? exception?.Message ?? "" : Refusals(body);
        var known = EmptyDataAnswers.GetValueOrDefault(operation.Path);
        if (known.Status == status && said.Contains(known.Message, StringComparison.Ordinal))
            return (false, $"{operation.Id} GET {url}: {(int)status}, as expected without rows ({known.Reason}): {said}");
        if (status == HttpStatusCode.InternalServerError)
            return (true, $"{operation.Id} GET {url}: 500{(exception is null ? " with no exception logged" : detail)}");
        if (status == HttpStatusCode.NotFound && operation.Path.Contains('{', StringComparison.Ordinal))
            return (false, $"{operation.Id} GET {url}: 404, the item is not among the fake server's (no) rows");

        // Anything else is judged by what SQLite answers to the same request.
        using var baseline = await sqlite.Client.GetAsync(url, Cancel);
        if (baseline.StatusCode == HttpStatusCode.BadRequest && parameter is not null && Refused.Contains((operation.Path, parameter)))
            return (false, $"{operation.Id} GET {url}: 400, as on SQLite ({parameter} is refused here)");
        return baseline.StatusCode == status
            ? (true, $"{operation.Id} GET {url}: {(int)status} on SQLite too; the test's sample value is wrong: {Refusals(await baseline.Content.ReadAsStringAsync(Cancel))}")
            : (true, $"{operation.Id} GET {url}: {(int)status} on SQL Server, {(int)baseline.StatusCode} on SQLite: {Refusals(body)}");
    }

    /// <summary>What a 400 problem says about each parameter (its <c>errors</c>), else the whole body.</summary>
    private static string Refusals(string body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.TryGetProperty("errors", out var errors)
                ? string.Join("; ", errors.EnumerateObject().Select(e => $"{e.Name}: {string.Join(" ", e.Value.EnumerateArray().Select(m => m.GetString()))}"))
                : body;
        }
        catch (JsonException)
        {
            return body;
        }
    }

    /// <summary>
    /// The query strings for an operation: plain; each filter alone, with each of its samples; then every filter together
    /// with every sort field (alternately descending), so that each sort key is translated in one ORDER BY. (One request
    /// per sort field would compile twice as many queries for no other SQL.)
    /// </summary>
    private static IEnumerable<(string Query, string? Parameter)> Queries(Operation operation)
    {
        if (Explicit.TryGetValue(operation.Path, out var explicitQueries))
        {
            foreach (var query in explicitQueries)
                yield return (query, null);
            yield break;
        }
        var required = Required.GetValueOrDefault(operation.Path, "");
        var fixedNames = required.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=')[0]).ToHashSet(StringComparer.Ordinal);
        yield return (required, null);

        var filters = operation.Parameters.Where(p => p is not ("page" or "pageSize" or "sort" or "format" or "cursor")).ToList();
        var together = new List<string>();
        foreach (var name in filters)
        {
            var values = SamplesFor.GetValueOrDefault((operation.Path, name)) ?? Samples.GetValueOrDefault(name)
                ?? throw new InvalidOperationException($"No sample value for {name} of {operation.Path}: add one to {nameof(Samples)} or {nameof(SamplesFor)}.");
            var others = fixedNames.Contains(name) ? string.Join('&', required.Split('&').Where(p => !p.StartsWith(name + "=", StringComparison.Ordinal))) : required;
            foreach (var value in values)
                yield return (Join(others, $"{name}={Uri.EscapeDataString(value)}"), name);
            if (!fixedNames.Contains(name) && !Refused.Contains((operation.Path, name)))
                together.Add($"{name}={Uri.EscapeDataString(values[^1])}");
        }
        if (operation.SortFields.Count > 0)
            together.Add("sort=" + string.Join(',', operation.SortFields.Select((field, i) => i % 2 == 0 ? "-" + field : field)));
        if (together.Count > 1 || operation.SortFields.Count > 0)
            yield return (Join(required, string.Join('&', together)), null);
    }

    /// <summary>
    /// Where the operation pages by cursor, the next links SQLite's app gives for its default order and for every sort
    /// field at once (alternately descending): the fake server then runs the queries of the rows after a cursor.
    /// </summary>
    private async Task<List<(string Query, string? Parameter)>> CursorQueriesAsync(Operation operation, string path)
    {
        if (!operation.Parameters.Contains("cursor"))
            return [];
        var queries = new List<(string, string?)>();
        var sorts = operation.SortFields.Select((field, i) => i % 2 == 0 ? "-" + field : field);
        foreach (var query in new[] { "pageSize=1", "pageSize=1&sort=" + string.Join(',', sorts) })
        {
            using var response = await sqlite.Client.GetAsync(path + "?" + query, Cancel);
            // A sample item with a one-row sub-collection has no next page; /legal-events runs the same queries.
            if (PageWalker.NextLink(response) is { } next)
                queries.Add((next[(next.IndexOf('?', StringComparison.Ordinal) + 1)..], "cursor"));
        }
        return queries;
    }

    private static string Join(string first, string second) => first.Length == 0 ? second : second.Length == 0 ? first : first + "&" + second;

    /// <summary>Fills each path parameter with the first item of the collection above it, read from the SQLite app.</summary>
    private async Task<string> WithSampleIdsAsync(string template)
    {
        var path = template;
        foreach (Match parameter in PathParameter().Matches(template))
        {
            var collection = path[..path.IndexOf("/" + parameter.Value, StringComparison.Ordinal)];
            var (response, page) = await sqlite.Client.GetJsonAsync(collection + "?pageSize=1");
            Assert.True(response.IsSuccessStatusCode, $"{collection} on SQLite: {(int)response.StatusCode}");
            var id = page["items"]![0]![parameter.Groups[1].Value]!.ToString();
            path = path.Replace(parameter.Value, Uri.EscapeDataString(id), StringComparison.Ordinal);
        }
        return path;
    }

    private sealed record Operation(string Id, string Path, IReadOnlyList<string> Parameters, IReadOnlyList<string> SortFields);

    private static List<Operation> GetOperations()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Repository.Root, "openapi", "v1.json")));
        var operations = new List<Operation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var get))
                continue;
            var parameters = get.TryGetProperty("parameters", out var list)
                ? list.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").ToList()
                : [];
            var sort = parameters.FirstOrDefault(p => p.GetProperty("name").GetString() == "sort");
            var sortFields = sort.ValueKind == JsonValueKind.Undefined ? []
                : SortFieldList().Match(sort.GetProperty("description").GetString()!) is { Success: true } match
                    ? match.Groups[1].Value.Split(", ")
                    : throw new InvalidOperationException($"{path.Name}: the sort parameter does not list its fields.");
            operations.Add(new Operation(get.GetProperty("operationId").GetString()!, path.Name,
                parameters.Select(p => p.GetProperty("name").GetString()!).ToList(), sortFields));
        }
        return operations;
    }

    /// <summary>Where the exception was thrown from: its innermost frame in the API's own code, else its first frame.</summary>
    private static string Origin(Exception exception)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: false).GetFrames();
        var own = frames.FirstOrDefault(f => f.GetMethod()?.DeclaringType?.FullName?.StartsWith("PdpApi.", StringComparison.Ordinal) == true);
        var frame = own ?? frames.FirstOrDefault();
        var method = frame?.GetMethod();
        return method is null ? "(no stack)" : $"{method.DeclaringType?.FullName}.{method.Name}";
    }

    private static DataTable Column(IEnumerable<string> values)
    {
        var table = new DataTable();
        table.Columns.Add("Id", typeof(string));
        foreach (var value in values)
            table.Rows.Add(value);
        return table;
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@"Fields: ([^;]+); default:")]
    private static partial Regex SortFieldList();

    // The source ids /series and /series/observations check sourceTable against: answered with the real ones.
    [GeneratedRegex(@"^SELECT \[s\]\.\[Id\]\s+FROM \[Sources\] AS \[s\]\s+ORDER BY \[s\]\.\[Position\]$")]
    private static partial Regex SourceIdsQuery();
}
