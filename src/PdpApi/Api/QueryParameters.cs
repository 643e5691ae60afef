using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PdpApi.Api;

/// <summary>
/// The query parameters each operation accepts, read from the API description the OpenAPI document is built from, so
/// the document and the check cannot disagree. Names match without regard to case, as model binding does.
/// </summary>
public sealed class OperationParameters(IApiDescriptionGroupCollectionProvider descriptions)
{
    /// <summary>Read by <see cref="FormatQueryFilter"/> on every operation, declared or not.</summary>
    public static readonly IReadOnlyList<string> Everywhere = ["format"];

    private readonly ConcurrentDictionary<string, IReadOnlySet<string>?> _byAction = new();

    /// <summary>The names the action's operation declares, then <see cref="Everywhere"/>; null for an undescribed action.</summary>
    public IReadOnlySet<string>? Accepted(ActionDescriptor action) => _byAction.GetOrAdd(action.Id, _ =>
    {
        var described = descriptions.ApiDescriptionGroups.Items
            .SelectMany(group => group.Items)
            .Where(api => api.ActionDescriptor.Id == action.Id)
            .ToList();
        if (described.Count == 0)
            return null;
        var names = described
            .SelectMany(api => api.ParameterDescriptions)
            .Where(p => p.Source == BindingSource.Query)
            .Select(p => p.Name)
            .Concat(Everywhere);
        return new SortedSet<string>(names, StringComparer.OrdinalIgnoreCase);
    });
}

/// <summary>
/// Query objects whose action reads <see cref="QueryErrors.Of"/> and answers its 400 before doing any work, so their
/// own checks (filters, sort, ranges) join the errors found before the action ran.
/// </summary>
public interface IReportsQueryErrors;

/// <summary>
/// Takes the place of MVC's automatic 400: gathers, before the action runs, every query parameter the operation does not
/// declare and every binding or validation error. An action whose query object reports its own errors still runs, adds
/// them and answers one 400 with all of them; any other action is not run.
/// </summary>
public sealed class QueryParametersFilter(OperationParameters parameters) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var errors = QueryErrors.Of(context.HttpContext);
        if (parameters.Accepted(context.ActionDescriptor) is { } accepted)
        {
            foreach (var name in context.HttpContext.Request.Query.Keys.Where(name => !accepted.Contains(name)))
                errors.Add(name, $"'{name}' is not a parameter of this operation; it accepts: {string.Join(", ", accepted)}.");
        }
        foreach (var (name, messages) in BodyErrors.Describe(context.ModelState))
        {
            foreach (var message in messages)
                errors.Add(name, message);
        }
        if (!errors.Any)
        {
            await next();
            return;
        }
        if (context.ActionArguments.Values.Any(argument => argument is IReportsQueryErrors))
        {
            var executed = await next();
            if (executed.Exception is null && executed.Result is BadRequestObjectResult)
                return;
            executed.ExceptionHandled = true;
            executed.Result = Problems.InvalidParameters(errors.ToDictionary());
            return;
        }
        context.Result = Problems.InvalidParameters(errors.ToDictionary());
    }
}
