using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Data;
using PdpApi.Release;

namespace PdpApi.Api;

/// <summary>What the host wires, as a table of contents; each line lives in its own file under Api/.</summary>
public static class ApiSetup
{
    public static WebApplicationBuilder AddPdpApi(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services
            .AddControllers(options =>
            {
                // A client that accepts neither JSON nor (for collections) CSV gets 406, not a format it did not ask for.
                options.ReturnHttpNotAcceptable = true;
                options.ModelBinderProviders.Insert(0, new EnumListBinderProvider());
                options.OutputFormatters.Add(new CsvOutputFormatter());
                options.Filters.Add<FormatQueryFilter>();
                options.Filters.Add<QueryParametersFilter>();
                options.Filters.Add<ProblemResultFilter>();
                options.Filters.Add<IndicatorInputFilter>();
                // Errors in a request body are keyed by the JSON names the client sent (monthlyFobPrices), not C# names.
                options.ModelMetadataDetailsProviders.Add(new Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.SystemTextJsonValidationMetadataProvider());
                var messages = options.ModelBindingMessageProvider;
                messages.SetValueIsInvalidAccessor(value => $"'{value}' is not a valid value for this parameter.");
                messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"'{value}' is not a valid value for this parameter.");
                messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"'{value}' is not a valid value for this parameter.");
            })
            .AddJsonOptions(options =>
            {
                ConfigureJson(options.JsonSerializerOptions);
                // A body field the schema does not list is refused (additionalProperties: false), not silently dropped.
                options.JsonSerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
                // Body errors are worded by Problems.InvalidParameters, never with the serializer's .NET type names.
                options.AllowInputFormatterExceptionMessages = false;
            });
        services.ConfigureHttpJsonOptions(options => ConfigureJson(options.SerializerOptions));

        builder.AddPdpSecurityHeaders();
        builder.AddPdpRequestLimits();
        services.AddPdpProblemDetails();
        services.AddExceptionHandler<ExceptionProblems>();
        services.AddPdpForwardedHeaders();
        services.AddPdpCors();
        services.AddPdpVersioning();
        services.AddPdpOpenApi();
        services.AddPdpRateLimiting();
        services.AddPdpOutputCache();
        services.AddSingleton<DataRelease>();
        services.AddSingleton<OperationParameters>();
        services.AddSingleton<PublishedRelease>();
        services.AddSingleton<ReleaseBundle>();
        services.AddPdpDatabase(builder.Environment.ContentRootPath);
        services.AddHealthChecks().AddCheck<SeededDataHealthCheck>("seeded-data", tags: ["ready"]);
        return builder;
    }

    /// <summary>The pipeline, in order: the release header, who the client is, errors as problems, headers, limits, routing, CORS, the
    /// rate limiter, then the documentation, health, the front door (GET /), the output cache, HTTP caching and the controllers.</summary>
    public static WebApplication UsePdpApi(this WebApplication app)
    {
        app.UsePdpDataReleaseHeader();
        app.UsePdpForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UsePdpSecurityHeaders();
        app.UsePdpRequestLimits();
        app.UseHeadAsGet();
        app.UsePdpVersionInPathOnly();
        app.UseRouting();
        app.UseCors();
        app.UsePdpRateLimiter();
        app.UsePdpOpenApi();
        app.MapPdpHealthChecks();
        app.MapPdpFrontDoor();
        app.UsePdpOutputCache();
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseMiddleware<HttpCachingMiddleware>());
        app.MapControllers();
        return app;
    }

    /// <summary>camelCase names, enums as kebab-case strings ("agro-industry"), nulls written out so a missing value is visible.</summary>
    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        // Served as application/json, never inlined in HTML: keep "Taricá" and apostrophes readable.
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
    }
}
