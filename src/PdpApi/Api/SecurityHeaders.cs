using Microsoft.Net.Http.Headers;

namespace PdpApi.Api;

/// <summary>
/// Headers every response carries: no content sniffing, no referrer, and a content security policy that lets the
/// documentation UI run its own scripts and styles while everything else (JSON, CSV) may load nothing at all.
/// HSTS comes from the framework's middleware outside Development; Kestrel's <c>Server</c> banner is switched off.
/// </summary>
public static class SecurityHeaders
{
    public const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Swagger UI: its scripts and styles are files on this origin; it sets some styles inline and shows data: images.
    public const string DocsPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; "
        + "font-src 'self'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static WebApplicationBuilder AddPdpSecurityHeaders(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        return builder;
    }

    public static void UsePdpSecurityHeaders(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        app.Use((context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger") ? DocsPolicy : ApiPolicy;
            return next(context);
        });
    }
}
