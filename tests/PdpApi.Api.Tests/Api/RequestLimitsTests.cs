using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests;

/// <summary>Oversized, slow, malformed and abandoned requests get a problem with the right status, never a 500.</summary>
public sealed class RequestLimitsTests(ApiFixture api)
{
    private const string PriceBand = "/api/v1/indicators/price-band";
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Body(int months, string extra = "") =>
        $"{{\"monthlyFobPrices\":[{string.Join(',', Enumerable.Repeat("100", months))}],\"cpiFactors\":[{string.Join(',', Enumerable.Repeat("1", months))}],"
        + $"\"standardDeviationShare\":1,\"marginFactor\":1.1,\"referencePrice\":90{extra}}}";

    private static async Task<(HttpResponseMessage Response, JsonNode Problem)> PostAsync(HttpClient client, string body)
    {
        var response = await client.PostAsync(PriceBand, new StringContent(body, Encoding.UTF8, "application/json"), Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        return (response, JsonNode.Parse(text)!);
    }

    [Fact]
    public async Task A_body_field_the_schema_does_not_list_is_refused_by_name()
    {
        var (response, problem) = await PostAsync(api.Client, Body(60, ",\"currency\":\"PEN\""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("'currency' is not a field", problem["errors"]!["$.currency"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"monthlyFobPrices\":\"many\",\"cpiFactors\":[],\"standardDeviationShare\":1,\"marginFactor\":1.1,\"referencePrice\":90}", "$.monthlyFobPrices", "Expected an array of numbers")]
    [InlineData("{\"monthlyFobPrices\":[],\"cpiFactors\":[],\"standardDeviationShare\":\"one\",\"marginFactor\":1.1,\"referencePrice\":90}", "$.standardDeviationShare", "Expected a number")]
    [InlineData("{\"cpiFactors\":[1]}", "$", "Required fields are missing: monthlyFobPrices, standardDeviationShare")]
    [InlineData("{\"monthlyFobPrices\":[1,", "$.monthlyFobPrices[1]", "not valid JSON")]
    public async Task A_malformed_body_is_described_in_json_terms_without_dotnet_type_names(string body, string key, string message)
    {
        var (response, problem) = await PostAsync(api.Client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = problem["errors"]!.AsObject();
        Assert.Contains(message, errors[key]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("System.", problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("`1", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calculator_inputs_are_capped_and_the_cap_is_named()
    {
        var (response, problem) = await PostAsync(api.Client, Body(601));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Give at most 600 values.", problem["errors"]!["monthlyFobPrices"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_url_or_headers_over_the_limit_get_414_and_431_problems()
    {
        var (longUrl, urlProblem) = await api.Client.GetJsonAsync("/api/v1/clusters?q=" + new string('a', 9000));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clusters");
        for (var i = 0; i < 8; i++)
            request.Headers.Add($"X-Padding-{i}", new string('b', 4500));
        var largeHeaders = await api.Client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestUriTooLong, longUrl.StatusCode);
        Assert.Contains("at most 8192", urlProblem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, largeHeaders.StatusCode);
        Assert.Equal("application/problem+json", largeHeaders.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Api_version_in_the_query_is_refused_with_where_the_version_goes()
    {
        var (response, problem) = await api.Client.GetJsonAsync("/api/v1/clusters?api-version=2.0");
        var (alias, _) = await api.Client.GetJsonAsync("/api/v1.0/clusters/5");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("URL segment", problem["errors"]!["api-version"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, alias.StatusCode);
    }

    [Fact]
    public async Task On_the_real_server_an_oversized_body_is_a_413_problem_and_not_an_error_in_the_log()
    {
        using var factory = new KestrelApiFactory();
        using var client = factory.CreateRealClient();

        // Over the calculator's 64 KB: refused as declared, before it is read.
        var (declared, problem) = await PostAsync(client, Body(60) + new string(' ', 70_000));
        // Over the 1 MB every request is held to, sent chunked (no Content-Length to refuse it by).
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Body(60) + new string(' ', 1_200_000))));
        chunked.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, PriceBand) { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        var streamed = await client.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal(413, problem["status"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.DoesNotContain(factory.Logs, log => log.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task On_the_real_server_a_body_that_trickles_in_is_a_408_problem()
    {
        using var factory = new KestrelApiFactory();
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(factory.BaseAddress.Host, factory.BaseAddress.Port, Cancel);
        var stream = tcp.GetStream();
        var head = $"POST {PriceBand} HTTP/1.1\r\nHost: {factory.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{{\"monthlyFobPrices\":[";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head), Cancel);

        // Well under the 240 bytes a second Kestrel requires once its 5-second grace period is over.
        var answer = new StringBuilder();
        var buffer = new byte[4096];
        var read = stream.ReadAsync(buffer, Cancel).AsTask();
        for (var i = 0; i < 40 && !read.IsCompleted; i++)
        {
            await stream.WriteAsync("1,"u8.ToArray(), Cancel);
            await Task.WhenAny(read, Task.Delay(500, Cancel));
        }
        var count = await read.WaitAsync(TimeSpan.FromSeconds(10), Cancel);
        Assert.True(count > 0, "the server closed the connection without an answer");
        answer.Append(Encoding.UTF8.GetString(buffer, 0, count));

        Assert.True(answer.ToString().StartsWith("HTTP/1.1 408", StringComparison.Ordinal), answer.ToString());
        Assert.Contains("application/problem+json", answer.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(factory.Logs, log => log.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task An_upload_the_client_abandons_is_logged_as_the_clients_doing()
    {
        using var factory = new KestrelApiFactory(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(factory.BaseAddress.Host, factory.BaseAddress.Port, Cancel);
            var head = $"POST {PriceBand} HTTP/1.1\r\nHost: {factory.BaseAddress.Authority}\r\nContent-Type: application/json\r\nContent-Length: 50000\r\n\r\n{{\"monthlyFobPrices\":[1,2,3";
            await tcp.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), Cancel);
            await Task.Delay(300, Cancel);
        }

        // Depending on when the server sees the connection close, the framework's exception handler records a client
        // abort (status 499), or ExceptionProblems records the unfinished body as the client's fault; never an error.
        static bool Recorded(KestrelApiFactory factory) => factory.Logs.Any(log =>
            log.Message.Contains("price-band - 499", StringComparison.Ordinal)
            || (log.Category == "PdpApi.Api.ExceptionProblems" && log.Level == LogLevel.Information));
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!Recorded(factory) && DateTime.UtcNow < deadline)
            await Task.Delay(100, Cancel);

        Assert.True(Recorded(factory), string.Join("\n", factory.Logs.Select(l => $"{l.Level} {l.Category}: {l.Message}")));
        Assert.DoesNotContain(factory.Logs, log => log.Level >= LogLevel.Error);
    }
}
