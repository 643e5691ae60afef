using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace PdpApi.Api;

/// <summary>
/// Every error leaves as RFC 9457 problem details (<c>application/problem+json</c>) with a <c>traceId</c>, whatever the
/// request's Accept header says: a client asking for CSV still learns what went wrong.
/// </summary>
public static class Problems
{
    public const string ContentType = "application/problem+json";

    public static IServiceCollection AddPdpProblemDetails(this IServiceCollection services)
    {
        // First in line, ahead of MVC's writer (which negotiates and can answer 406): it accepts every request.
        services.Insert(0, ServiceDescriptor.Singleton<IProblemDetailsWriter, ProblemJsonWriter>());
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
            ApiVersioningSetup.DescribeUnsupportedVersion(context);
        });
        services.Configure<ApiBehaviorOptions>(options =>
        {
            options.ClientErrorMapping[StatusCodes.Status429TooManyRequests] = new ClientErrorData
            {
                Link = "https://www.rfc-editor.org/rfc/rfc6585#section-4",
                Title = "Too Many Requests",
            };
            // Binding errors (page=abc, pageSize=900) are reported with every other bad parameter by QueryParametersFilter.
            options.SuppressModelStateInvalidFilter = true;
        });
        return services;
    }

    /// <summary>Builds a 400 answer naming each bad query parameter and what to send instead.</summary>
    public static BadRequestObjectResult InvalidParameters(IDictionary<string, string[]> errors) => new(InvalidParametersProblem(errors));

    /// <summary>The same 400 as a problem, for middleware that answers before MVC.</summary>
    public static ValidationProblemDetails InvalidParametersProblem(IDictionary<string, string[]> errors) =>
        new(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "One or more parameters are invalid.",
            Detail = "See 'errors': each key names a parameter, each message says what it accepts.",
        };

    private sealed class ProblemJsonWriter(
        IOptions<ProblemDetailsOptions> options, IOptions<ApiBehaviorOptions> behavior, IOptions<JsonOptions> json) : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            var http = context.HttpContext;
            var problem = context.ProblemDetails;
            problem.Status ??= http.Response.StatusCode;
            if (behavior.Value.ClientErrorMapping.TryGetValue(problem.Status.Value, out var known))
            {
                problem.Title ??= known.Title;
                problem.Type ??= known.Link;
            }
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
            options.Value.CustomizeProblemDetails?.Invoke(context);
            http.Response.StatusCode = problem.Status.Value;
            return new ValueTask(http.Response.WriteAsJsonAsync(
                problem, problem.GetType(), json.Value.JsonSerializerOptions, ContentType, http.RequestAborted));
        }
    }
}

/// <summary>
/// Sends MVC's problem results (validation errors, NotFound(), BadRequest(problem)) through the problem-details writer
/// instead of content negotiation, which would answer an <c>Accept: text/csv</c> error with a 406.
/// </summary>
public sealed class ProblemResultFilter : IAlwaysRunResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is ObjectResult { Value: ProblemDetails problem } result)
        {
            problem.Status ??= result.StatusCode;
            context.Result = new ProblemDetailsResult(problem);
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    private sealed class ProblemDetailsResult(ProblemDetails problem) : IActionResult
    {
        public async Task ExecuteResultAsync(ActionContext context)
        {
            var service = context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
            context.HttpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status500InternalServerError;
            await service.WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = problem });
        }
    }
}
