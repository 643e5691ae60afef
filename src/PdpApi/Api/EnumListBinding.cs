using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.OpenApi;
using PdpApi.Data;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PdpApi.Api;

/// <summary>
/// Binds a filter over a closed vocabulary, typed <c>IReadOnlyList&lt;TEnum&gt;?</c>, from the comma-separated form
/// (<c>sector=tourism,fishing-and-aquaculture</c>; a repeated parameter adds its values too), members written as the
/// API prints them and matched without regard to case. A value outside the vocabulary is a binding error naming the
/// parameter, reported with the request's other bad parameters.
/// </summary>
public sealed class EnumListBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        EnumOf(context.Metadata.ModelType) is { } member
            ? (IModelBinder)Activator.CreateInstance(typeof(EnumListBinder<>).MakeGenericType(member))!
            : null;

    /// <summary>The enum of an <c>IReadOnlyList&lt;TEnum&gt;</c>, or null for any other type.</summary>
    internal static Type? EnumOf(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) && type.GenericTypeArguments[0].IsEnum
            ? type.GenericTypeArguments[0]
            : null;

    private sealed class EnumListBinder<T> : IModelBinder where T : struct, Enum
    {
        public Task BindModelAsync(ModelBindingContext bindingContext)
        {
            var values = bindingContext.ValueProvider.GetValue(bindingContext.ModelName);
            if (values == ValueProviderResult.None)
                return Task.CompletedTask;
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, values);
            var errors = new QueryErrors();
            var members = QueryGrammar.EnumList<T>(values.ToString(), bindingContext.ModelName, errors);
            foreach (var (_, messages) in errors.ToDictionary())
            {
                foreach (var message in messages)
                    bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, message);
            }
            bindingContext.Result = errors.Any ? ModelBindingResult.Failed() : ModelBindingResult.Success(members);
            return Task.CompletedTask;
        }
    }
}

/// <summary>
/// Documents list parameters as they are sent: one parameter, the values separated by commas (<c>style: form</c>,
/// <c>explode: false</c>), so a generated client writes <c>sector=a,b</c> and types each item as the enum's union.
/// </summary>
public sealed class CommaSeparatedListsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query || parameter.Schema?.Type?.HasFlag(JsonSchemaType.Array) != true)
                continue;
            parameter.Style = ParameterStyle.Form;
            parameter.Explode = false;
        }
    }
}
