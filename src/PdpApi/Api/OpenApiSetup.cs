using System.Reflection;
using Asp.Versioning.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace PdpApi.Api;

/// <summary>
/// One OpenAPI document per API version (<c>/swagger/v1/swagger.json</c>), checked in under <c>openapi/</c>.
/// Operation ids are the actions' route names; the standard responses are declared once, in
/// <see cref="StandardResponsesFilter"/>.
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddPdpOpenApi(this IServiceCollection services)
    {
        services.AddTransient<IConfigureOptions<SwaggerGenOptions>, SwaggerDocumentPerVersion>();
        services.AddSingleton<OpenApiDocuments>();
        services.AddSwaggerGen(options =>
        {
            foreach (var assembly in new[] { typeof(OpenApiSetup).Assembly, typeof(Data.Cluster).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, assembly.GetName().Name + ".xml");
                if (File.Exists(xml))
                    options.IncludeXmlComments(xml);
            }
            options.CustomOperationIds(api => api.ActionDescriptor.AttributeRouteInfo?.Name);
            options.OrderActionsBy(SortKey);
            options.SupportNonNullableReferenceTypes();
            options.NonNullableReferenceTypesAsRequired();
            options.UseAllOfToExtendReferenceSchemas();
            options.OperationFilter<VersionedOperationFilter>();
            options.OperationFilter<StandardResponsesFilter>();
            options.OperationFilter<CommaSeparatedListsFilter>();
            options.SchemaFilter<ComputedMembersRequiredFilter>();
            options.OperationFilter<ExamplesFilter>();
            options.DocumentFilter<DocumentConventionsFilter>();
            options.DocumentFilter<ExamplesFilter>();
            // Relative, so that it names whichever host and scheme served the document (Swagger UI and generated clients
            // resolve it against the document's URL); paths carry the /api/v1 prefix.
            options.AddServer(new OpenApiServer { Url = "/", Description = "The instance that serves this document." });
        });
        return services;
    }

    /// <summary>
    /// Operations grouped by tag, as by default, and within the indicators' tag in the catalogue's order (each indicator
    /// has a controller of its own).
    /// </summary>
    private static string SortKey(ApiDescription api)
    {
        var tags = api.ActionDescriptor.EndpointMetadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>().FirstOrDefault()?.Tags;
        var tag = tags is [var first, ..] ? first : api.ActionDescriptor.RouteValues["controller"] ?? "";
        if (api.ActionDescriptor is not Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor { ControllerTypeInfo: var type }
            || !type.IsSubclassOf(typeof(Indicators.IndicatorEndpoint)))
            return tag;
        var id = api.RelativePath?.Split('/').Last();
        var position = Indicators.IndicatorCatalogue.Descriptors.FirstOrDefault(d => d.Id == id)?.Position ?? int.MaxValue;
        return $"{tag} {position:D10}";
    }

    public static void UsePdpOpenApi(this WebApplication app)
    {
        OpenApiDocuments.MapPdpOpenApiDocuments(app);
        app.UseSwaggerUI(options =>
        {
            // Every tag and operation has a URL of its own (/swagger/index.html#/Clusters/listClusters).
            options.EnableDeepLinking();
            options.DisplayOperationId();
            options.DisplayRequestDuration();
            options.EnableFilter();
            // No badge from an outside validator: the page loads nothing from other origins (see its CSP).
            options.ConfigObject.ValidatorUrl = null;
            foreach (var description in app.DescribeApiVersions())
                options.SwaggerEndpoint($"/swagger/{description.GroupName}/swagger.json", description.GroupName.ToUpperInvariant());
            options.DocumentTitle = "PdpApi";
        });
    }

    private sealed class SwaggerDocumentPerVersion(IApiVersionDescriptionProvider provider) : IConfigureOptions<SwaggerGenOptions>
    {
        public void Configure(SwaggerGenOptions options)
        {
            foreach (var description in provider.ApiVersionDescriptions)
            {
                var text = "The evidence on Peru's productive development policies (PDPs), 1990-2007, as published in the source "
                           + "working paper: every record names the paper's table or section and the footnotes that qualify it. "
                           + "Collections page (page, pageSize), sort (sort=-field) and filter (a,b for several values; "
                           + "1990..2007 for ranges), and are served as JSON or CSV (Accept: text/csv or ?format=csv). "
                           + "Errors are RFC 9457 problem details.";
                if (description.IsDeprecated)
                    text += " This version is deprecated.";
                if (description.SunsetPolicy?.Date is { } sunset)
                    text += $" It will be removed on {sunset:yyyy-MM-dd}.";
                options.SwaggerDoc(description.GroupName, new OpenApiInfo
                {
                    Title = "PdpApi: productive development policies in Peru, 1990-2007",
                    Version = description.ApiVersion.ToString(),
                    Description = text,
                    Contact = new OpenApiContact { Name = "PdpApi maintainers", Email = "dev@pdpapi.invalid" },
                    License = new OpenApiLicense
                    {
                        Name = "Code: MIT. Data: transcribed from the source working paper, whose terms apply to its tables and text.",
                        Url = new Uri("https://opensource.org/license/mit"),
                    },
                });
            }
        }
    }
}

/// <summary>
/// Ported from the Asp.Versioning samples' SwaggerDefaultValues: marks deprecated versions' operations, and gives every
/// parameter the description and default that API Explorer knows; also lists a collection's sort fields.
/// </summary>
public sealed class VersionedOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var api = context.ApiDescription;
        operation.Deprecated |= api.IsDeprecated;
        if (operation.Parameters is null)
            return;
        foreach (var parameter in operation.Parameters.OfType<OpenApiParameter>())
        {
            var description = api.ParameterDescriptions.FirstOrDefault(p => p.Name == parameter.Name);
            if (description is null)
                continue;
            parameter.Description ??= description.ModelMetadata?.Description;
            parameter.Required |= description.IsRequired;
            if (parameter.Name == "sort" && SortFields(description) is { } names)
                parameter.Description += $" Fields: {string.Join(", ", names)}; default: {names[0]}.";
        }
    }

    /// <summary>The fields a collection's <c>sort</c> parameter accepts, the default first; null for other parameters.</summary>
    public static IReadOnlyList<string>? SortFields(ApiParameterDescription? description) =>
        description is { Name: "sort", ModelMetadata.ContainerType: { } container } && container.GetInterfaces().Contains(typeof(ISortableQuery))
            ? (IReadOnlyList<string>)container.GetProperty(nameof(ISortableQuery.SortFieldNames), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!
            : null;
}

/// <summary>
/// Declares, once, the responses every operation can give besides its own 200: 400, 406, 414, 431, 429, 500 and 503,
/// with the headers each carries (rate limit, Retry-After); for a GET also the ETag and 304 (the caching middleware
/// validates GETs only); for one with a body, 408, 413 and 415.
/// </summary>
public sealed class StandardResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= [];
        var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
        var validationProblem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ValidationProblemDetails), context.SchemaRepository);

        var isGet = HttpMethods.IsGet(context.ApiDescription.HttpMethod ?? "");
        // Every request is anonymous: an empty list says so explicitly (OpenAPI omits an empty list at the document's root).
        operation.Security = [];
        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse okResponse)
        {
            if (isGet)
            {
                AddHeaders(okResponse, context, "ETag", "Cache-Control");
                if (operation.Parameters?.Any(p => p.Name == "page") == true)
                    AddHeaders(okResponse, context, "Link");
            }
            if (okResponse.Content?.TryGetValue(CsvOutputFormatter.MediaType, out var csv) == true)
            {
                csv.Schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "RFC 4180 CSV with a header row: one row per item, one column per JSON field "
                                  + "(nested fields as dotted names, lists joined with \"; \").",
                };
            }
        }

        if (isGet)
        {
            var notModified = new OpenApiResponse { Description = "Not Modified: the If-None-Match ETag still matches." };
            AddHeaders(notModified, context, "ETag", "Cache-Control");
            operation.Responses["304"] = notModified;
        }
        if (operation.RequestBody is not null)
        {
            operation.Responses["408"] = Problem("Request Timeout: the body arrived too slowly (under 240 bytes a second after 5 seconds).", problem);
            operation.Responses["413"] = Problem("Content Too Large: the body is over this operation's limit (see its description).", problem);
            operation.Responses["415"] = Problem("Unsupported Media Type: send the body as application/json.", problem);
        }
        operation.Responses["414"] = Problem($"URI Too Long: the URL is over {RequestLimits.MaxUrlBytes} characters.", problem);
        operation.Responses["431"] = Problem($"Request Header Fields Too Large: the headers add up to over {RequestLimits.MaxHeaderBytes} characters.", problem);
        operation.Responses["400"] = Problem("Bad Request: a parameter is invalid; 'errors' names each one and says what it accepts.", validationProblem);
        if (operation.Responses.ContainsKey("404"))
            operation.Responses["404"] = Problem("Not Found: no resource has this id (or the API version is not served).", problem);
        operation.Responses["406"] = Problem("Not Acceptable: the Accept header names no format this operation writes.", problem);
        operation.Responses["429"] = Problem("Too Many Requests: this client's budget for the window is spent; wait the seconds in Retry-After.", problem);
        AddHeaders((OpenApiResponse)operation.Responses["429"], context, "Retry-After");
        operation.Responses["500"] = Problem("Internal Server Error: reported without internals; quote the traceId.", problem);
        operation.Responses["503"] = Problem("Service Unavailable: the data store cannot be read at the moment; retry after the seconds in Retry-After.", problem);
        AddHeaders((OpenApiResponse)operation.Responses["503"], context, "Retry-After");
        // The rate limiter runs after the request limits (414, 431) and its headers do not survive the exception handler (500, 503).
        foreach (var status in new[] { "200", "304", "400", "404", "406", "408", "413", "415", "429" })
            if (operation.Responses.TryGetValue(status, out var limited) && limited is OpenApiResponse limitedResponse)
                AddHeaders(limitedResponse, context, "RateLimit-Policy", "RateLimit");
        var ordered = new OpenApiResponses();
        foreach (var (status, response) in operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal))
            ordered[status] = response;
        operation.Responses = ordered;
    }

    /// <summary>References to the headers declared once in <see cref="DocumentConventionsFilter.Headers"/>.</summary>
    private static void AddHeaders(OpenApiResponse response, OperationFilterContext context, params string[] names)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        foreach (var name in names)
            response.Headers[name] = new OpenApiHeaderReference(name, context.Document);
    }

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { [Problems.ContentType] = new() { Schema = schema } },
    };
}

/// <summary>
/// A computed member of a response (get-only, such as <c>date</c>) is written on every record, null or not, so the
/// document lists it as required like the members set from the data; generated clients then type it as present.
/// </summary>
public sealed class ComputedMembersRequiredFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties: { } properties } concrete)
            return;
        foreach (var (name, _) in properties.Where(p => p.Value.ReadOnly))
        {
            concrete.Required ??= new HashSet<string>();
            concrete.Required.Add(name);
        }
    }
}
