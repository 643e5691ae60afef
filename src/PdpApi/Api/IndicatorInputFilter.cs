using Microsoft.AspNetCore.Mvc.Filters;
using PdpApi.Domain;

namespace PdpApi.Api;

/// <summary>
/// Turns an input an indicator service rejects into the same 400 problem as a bad query parameter, naming the input and
/// what it accepts, so the services validate once and the controllers do not repeat their rules.
/// </summary>
public sealed class IndicatorInputFilter : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not IndicatorInputException error)
            return;
        context.Result = Problems.InvalidParameters(new Dictionary<string, string[]> { [error.Parameter] = [error.Problem] });
        context.ExceptionHandled = true;
    }
}
