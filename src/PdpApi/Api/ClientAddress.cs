using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace PdpApi.Api;

/// <summary>
/// The client's address, which the rate limiter partitions by. Behind a reverse proxy every request comes from the proxy,
/// so the framework's forwarded-headers middleware takes <c>X-Forwarded-For</c> (and <c>X-Forwarded-Proto</c>) from the
/// proxies and networks listed in <c>ForwardedHeaders:KnownProxies</c> and <c>ForwardedHeaders:KnownNetworks</c>, and
/// from no one else: nothing is trusted by default, not even loopback. The RFC 7239 <c>Forwarded</c> header is not read.
/// </summary>
public static class ClientAddress
{
    public static IServiceCollection AddPdpForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            // The obsolete list is still read by the middleware, and holds loopback by default.
#pragma warning disable ASPDEPR005
            options.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            // Each trusted hop peels one address off X-Forwarded-For, stopping at the first untrusted one.
            options.ForwardLimit = null;
            foreach (var text in Values(configuration, "ForwardedHeaders:KnownProxies"))
            {
                options.KnownProxies.Add(IPAddress.TryParse(text, out var address) ? address
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies has '{text}', which is not an IP address."));
            }
            foreach (var text in Values(configuration, "ForwardedHeaders:KnownNetworks"))
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(text, out var network) ? network
                    : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks has '{text}', which is not a network in CIDR form (10.0.0.0/8)."));
            }
        });
        return services;
    }

    /// <summary>
    /// Reads forwarded headers only when some proxy is trusted: with both lists empty the framework's middleware would
    /// trust every sender, so then it is not used at all and <c>X-Forwarded-For</c> is ignored.
    /// </summary>
    public static void UsePdpForwardedHeaders(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        if (options.KnownProxies.Count > 0 || options.KnownIPNetworks.Count > 0)
            app.UseForwardedHeaders();
    }

    /// <summary>A configuration list (<c>Key:0</c>, <c>Key:1</c> ...), or one comma-separated value.</summary>
    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var values = section.GetChildren().Select(child => child.Value).ToList();
        if (section.Value is not null)
            values.AddRange(section.Value.Split(','));
        return values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim());
    }

    /// <summary>The partition key of a client: its address as the forwarded-headers middleware left it.</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
