using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

public sealed class ShutdownTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_graceful_shutdown_finishes_the_reads_in_flight()
    {
        using var factory = new KestrelApiFactory(services: services => services.AddTransient<IStartupFilter, SlowRequests>());
        using var client = factory.CreateRealClient();

        var inFlight = client.GetAsync("/api/v1/clusters?region=Piura", Cancel);
        await SlowRequests.Started.Task.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var response = await inFlight;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        Assert.NotEmpty(page.Ids());
    }

    /// <summary>Holds every request for a second before the app sees it, long enough to stop the host meanwhile.</summary>
    private sealed class SlowRequests : IStartupFilter
    {
        public static TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate nextMiddleware) =>
            {
                Started.TrySetResult();
                await Task.Delay(TimeSpan.FromSeconds(1));
                await nextMiddleware(context);
            });
            next(app);
        };
    }
}
