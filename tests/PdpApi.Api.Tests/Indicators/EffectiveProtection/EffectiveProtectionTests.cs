using PdpApi.Api.Tests.Infrastructure;

namespace PdpApi.Api.Tests.Indicators.EffectiveProtection;

public sealed class EffectiveProtectionTests(ApiFixture api) : IndicatorTests(api)
{
    [Fact]
    public async Task The_effective_protection_calculator_shows_its_working()
    {
        var body = await OkAsync("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3,0.2&inputTariffs=10,5");

        // (20 - (0.3 x 10 + 0.2 x 5)) / (1 - 0.5) = 32
        Assert.Equal(32, body["erpPercent"]!.GetValue<double>(), 9);
        Assert.Equal("corden", body["method"]!.GetValue<string>());
        Assert.Equal(4, body["working"]!.AsArray().Count);
    }

    [Fact]
    public async Task Repeated_coefficients_are_separate_inputs()
    {
        var body = await OkAsync("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.2,0.2&inputTariffs=10,10");

        // (20 - (0.2 x 10 + 0.2 x 10)) / (1 - 0.4) = 26.67
        Assert.Equal(2, body["inputs"]!.AsArray().Count);
        Assert.Equal(26.6667, Math.Round(body["erpPercent"]!.GetValue<double>(), 4));
    }

    [Fact]
    public async Task Balassa_counts_non_traded_inputs_as_inputs_without_tariff()
    {
        var corden = await OkAsync("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3,0.2&inputTariffs=10,0&traded=true,false");
        var balassa = await OkAsync("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3,0.2&inputTariffs=10,0&traded=true,false&method=balassa");

        // Corden: (20 - 3) / (1 - 0.3) = 24.29; Balassa: (20 - 3) / (1 - 0.3 - 0.2) = 34
        Assert.Equal(24.2857, Math.Round(corden["erpPercent"]!.GetValue<double>(), 4));
        Assert.Equal(34, balassa["erpPercent"]!.GetValue<double>(), 9);
    }

    [Theory]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.6,0.5&inputTariffs=10,5", "coefficients")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=1.2&inputTariffs=10", "coefficients")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3&inputTariffs=10,5", "inputTariffs")]
    [InlineData("/api/v1/indicators/effective-protection?coefficients=0.3&inputTariffs=10", "outputTariff")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3&inputTariffs=10&method=leontief", "method")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=20&coefficients=0.3&inputTariffs=10&traded=maybe", "traded")]
    [InlineData("/api/v1/indicators/effective-protection?outputTariff=1e308&coefficients=0.9&inputTariffs=-99", "outputTariff")]
    public async Task Bad_parameters_are_400_problems_naming_the_parameter(string url, string parameter) =>
        await AssertBadRequestAsync(url, parameter);
}
