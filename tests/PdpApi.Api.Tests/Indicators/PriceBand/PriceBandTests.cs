using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests.Indicators.PriceBand;

public sealed class PriceBandTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task The_price_band_calculator_takes_a_json_body_and_rejects_short_series()
    {
        var prices = Enumerable.Range(0, 60).Select(i => i % 2 == 0 ? 90.0 : 110.0).ToArray();
        var factors = Enumerable.Repeat(1.0, 60).ToArray();
        var response = await Client.PostAsJsonAsync("/api/v1/indicators/price-band",
            new { monthlyFobPrices = prices, cpiFactors = factors, standardDeviationShare = 1.0, marginFactor = 1.0, referencePrice = 80.0 }, Cancel);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(Cancel))!;
        var shortResponse = await Client.PostAsJsonAsync("/api/v1/indicators/price-band",
            new { monthlyFobPrices = prices.Take(10), cpiFactors = factors.Take(10), standardDeviationShare = 1.0, marginFactor = 1.0, referencePrice = 80.0 }, Cancel);
        var problem = JsonNode.Parse(await shortResponse.Content.ReadAsStringAsync(Cancel))!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // mean 100, population sd 10: floor 110, duty (110 - 80) x 1 = 30
        Assert.Equal(110, body["floorPrice"]!.GetValue<double>(), 9);
        Assert.Equal(30, body["specificDuty"]!.GetValue<double>(), 9);
        Assert.Equal(HttpStatusCode.BadRequest, shortResponse.StatusCode);
        Assert.NotNull(problem["errors"]!["monthlyFobPrices"]);
    }

    [Fact]
    public async Task A_price_band_body_that_is_not_json_is_a_415_problem()
    {
        using var content = new StringContent("60 prices", System.Text.Encoding.UTF8, "text/plain");
        var response = await Client.PostAsync("/api/v1/indicators/price-band", content, Cancel);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
