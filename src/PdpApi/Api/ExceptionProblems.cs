using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace PdpApi.Api;

/// <summary>
/// Exceptions that are not the API's fault, answered as what they are: a body too large (413), too slow (408) or
/// malformed (400); a client that went away (nothing to answer, logged as the client's doing); a database that is not
/// there (503 with Retry-After). Anything else stays a 500 without internals, from the framework's handler.
/// </summary>
public sealed partial class ExceptionProblems(IProblemDetailsService problems, ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var context = httpContext;
        if (context.RequestAborted.IsCancellationRequested && exception is OperationCanceledException or IOException)
        {
            LogClientGone(logger, context.Request.Method, context.Request.Path);
            return true;
        }

        ProblemDetails problem;
        switch (exception)
        {
            case BadHttpRequestException bad:
                LogClientFault(logger, bad.StatusCode, context.Request.Method, context.Request.Path, bad.Message);
                problem = new ProblemDetails { Status = bad.StatusCode, Detail = ClientFaultDetail(bad.StatusCode) };
                break;
            case var _ when DatabaseAvailability.IsUnavailable(exception):
                LogDatabaseUnavailable(logger, DatabaseAvailability.Describe(exception), context.Request.Path);
                DatabaseAvailability.ResetConnections();
                DatabaseAvailability.SetRetryAfter(context.Response);
                problem = new ProblemDetails
                {
                    Status = StatusCodes.Status503ServiceUnavailable,
                    Title = "Service Unavailable",
                    Detail = "The data store cannot be read at the moment; retry after the seconds in Retry-After.",
                };
                break;
            default:
                return false;
        }

        if (context.Response.HasStarted)
            return true;
        context.Response.StatusCode = problem.Status!.Value;
        try
        {
            return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The client left while its answer was being written (an abandoned upload): nothing more to say to it.
            LogClientGone(logger, context.Request.Method, context.Request.Path);
            return true;
        }
    }

    private static string ClientFaultDetail(int status) => status switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than this operation accepts; the operation's description gives its limit.",
        StatusCodes.Status408RequestTimeout => "The request body arrived too slowly; send it in one go.",
        _ => "The request could not be read as HTTP; check its headers and body.",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "The client closed the connection during {Method} {Path}.")]
    private static partial void LogClientGone(ILogger logger, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Client fault {Status} on {Method} {Path}: {Reason}")]
    private static partial void LogClientFault(ILogger logger, int status, string method, PathString path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unavailable ({Reason}) for {Path}; answered 503.")]
    private static partial void LogDatabaseUnavailable(ILogger logger, string reason, PathString path);
}
