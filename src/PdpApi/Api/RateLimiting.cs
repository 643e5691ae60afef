using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace PdpApi.Api;

/// <summary>Marks an operation whose every call costs real work (a calculator): it draws on the stricter budget.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
public sealed class ExpensiveOperationAttribute : Attribute;

/// <summary>
/// The framework's rate limiter, one fixed window of requests per client address and budget. Budgets: <c>api</c> (every
/// read), <c>expensive</c> (calculators and CSV pages over 100 rows), <c>docs</c> (the documentation and the OpenAPI
/// document), <c>health</c> (probes). Windows are aligned to the clock, so <c>Retry-After</c> and the IETF
/// <c>RateLimit</c> header say exactly when the window resets; every limited response carries <c>RateLimit</c> and
/// <c>RateLimit-Policy</c>. <c>RateLimiting:Enabled=false</c> switches the limiter off (benchmarks).
/// </summary>
public static class RateLimiting
{
    public const string Api = "api", Expensive = "expensive", Docs = "docs", Health = "health";

    /// <summary>A budget: this many requests per window.</summary>
    public sealed record Budget(string Name, int Permits, TimeSpan Window);

    /// <summary>What the limiter decided a request draws on, kept on the request so every step reads the same window.</summary>
    private sealed record Decision(Budget Budget, string Partition, DateTimeOffset WindowEnd);

    public static IReadOnlyDictionary<string, Budget> Budgets(IConfiguration configuration)
    {
        var window = TimeSpan.FromSeconds(configuration.GetValue("RateLimiting:WindowSeconds", 60));
        Budget Read(string name, string key, int permits) => new(name, configuration.GetValue(key, permits), window);
        return new Dictionary<string, Budget>
        {
            [Api] = Read(Api, "RateLimiting:PermitsPerWindow", 600),
            [Expensive] = Read(Expensive, "RateLimiting:ExpensivePermitsPerWindow", 60),
            [Docs] = Read(Docs, "RateLimiting:DocsPermitsPerWindow", 300),
            [Health] = Read(Health, "RateLimiting:HealthPermitsPerWindow", 1200),
        };
    }

    public static IServiceCollection AddPdpRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            var budgets = Budgets(configuration);
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var decision = Decide(context, budgets);
                return RateLimitPartition.GetFixedWindowLimiter(decision.Partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = decision.Budget.Permits,
                    Window = decision.Budget.Window,
                    QueueLimit = 0,
                });
            });
            options.OnRejected = async (context, _) =>
            {
                var http = context.HttpContext;
                var decision = (Decision)http.Items[typeof(Decision)]!;
                var seconds = SecondsLeft(decision);
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                WriteHeaders(http.Response, decision, remaining: 0);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Detail = $"This client has used its {decision.Budget.Permits} '{decision.Budget.Name}' requests per "
                                 + $"{decision.Budget.Window.TotalSeconds:0} seconds; the window resets in {seconds} seconds (Retry-After).",
                    },
                });
            };
        });
        return services;
    }

    public static void UsePdpRateLimiter(this WebApplication app)
    {
        if (!app.Configuration.GetValue("RateLimiting:Enabled", true))
            return;
        app.UseRateLimiter();
        var limiter = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        app.Use((context, next) =>
        {
            if (context.Items[typeof(Decision)] is Decision decision)
            {
                var remaining = limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0;
                // Set when the response starts, so an output-cached response never replays another request's numbers.
                context.Response.OnStarting(() =>
                {
                    WriteHeaders(context.Response, decision, remaining);
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
    }

    private static Decision Decide(HttpContext context, IReadOnlyDictionary<string, Budget> budgets)
    {
        if (context.Items[typeof(Decision)] is Decision known)
            return known;
        var budget = budgets[BudgetOf(context)];
        var windowTicks = budget.Window.Ticks;
        var index = DateTimeOffset.UtcNow.UtcTicks / windowTicks;
        var decision = new Decision(budget, $"{budget.Name}|{ClientAddress.Of(context)}|{index}",
            new DateTimeOffset((index + 1) * windowTicks, TimeSpan.Zero));
        context.Items[typeof(Decision)] = decision;
        return decision;
    }

    private static string BudgetOf(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/health"))
            return Health;
        if (request.Path.StartsWithSegments("/swagger"))
            return Docs;
        if (context.GetEndpoint()?.Metadata.GetMetadata<ExpensiveOperationAttribute>() is not null)
            return Expensive;
        var csv = FormatQueryFilter.MediaTypes.TryGetValue(request.Query["format"].ToString(), out var format) && format == CsvOutputFormatter.MediaType
                  || request.Headers.Accept.Any(a => a?.Contains(CsvOutputFormatter.MediaType, StringComparison.OrdinalIgnoreCase) == true);
        // A CSV request without pageSize is the whole collection (up to 10,000 rows).
        var size = int.TryParse(request.Query["pageSize"], CultureInfo.InvariantCulture, out var asked) ? asked : ListQuery.CsvMaxPageSize;
        if (csv && size > 100)
            return Expensive;
        return Api;
    }

    private static int SecondsLeft(Decision decision) =>
        Math.Max(1, (int)Math.Ceiling((decision.WindowEnd - DateTimeOffset.UtcNow).TotalSeconds));

    private static void WriteHeaders(HttpResponse response, Decision decision, long remaining)
    {
        var budget = decision.Budget;
        response.Headers["RateLimit-Policy"] = $"\"{budget.Name}\";q={budget.Permits};w={budget.Window.TotalSeconds:0}";
        response.Headers["RateLimit"] = $"\"{budget.Name}\";r={Math.Max(0, remaining)};t={SecondsLeft(decision)}";
    }
}
