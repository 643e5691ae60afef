using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace PdpApi.Api.Tests.Infrastructure;

/// <summary>
/// The app on a real Kestrel server on a free loopback port, for what the in-memory test server cannot show: body size
/// and rate limits, slow clients, the client address, the Server header, graceful shutdown. Keeps what the app logs.
/// </summary>
public sealed class KestrelApiFactory : ApiFactory
{
    public KestrelApiFactory(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
        : base(settings)
    {
        _services = services;
        UseKestrel(0);
        StartServer();
    }

    private readonly Action<IServiceCollection>? _services;

    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Logs { get; } = new();

    /// <summary>Where the server listens (http://127.0.0.1:port).</summary>
    public Uri BaseAddress => new(Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
        .Features.GetRequiredFeature<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>().Addresses.First()
        .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal));

    /// <summary>A client of the real server, not of an in-memory one.</summary>
    public HttpClient CreateRealClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(new CollectingLoggerProvider(Logs)));
        if (_services is not null)
            builder.ConfigureServices(_services);
    }

    private sealed class CollectingLoggerProvider(ConcurrentQueue<(LogLevel, string, string, Exception?)> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Collector(categoryName, logs);

        public void Dispose()
        {
        }

        private sealed class Collector(string category, ConcurrentQueue<(LogLevel, string, string, Exception?)> logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (IsEnabled(logLevel))
                    logs.Enqueue((logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
