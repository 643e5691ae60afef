using PdpApi.Domain;

namespace PdpApi.Domain.Tests;

public sealed class ReproductionTests
{
    [Theory]
    [InlineData("17.5", 0.05)]
    [InlineData("18", 0.5)]
    [InlineData("0.08", 0.005)]
    [InlineData("5882.7", 0.05)]
    public void The_tolerance_is_half_the_last_printed_digit(string printed, double expected) =>
        Assert.Equal(expected, Reproduction.HalfLastDigit(printed), 12);

    [Fact]
    public void A_value_within_rounding_reproduces_and_says_so()
    {
        var comparison = Reproduction.Compare(26.31, 26, "26");

        Assert.True(comparison.Reproduces);
        Assert.Equal(0.31, comparison.Difference!.Value, 10);
        Assert.StartsWith("Reproduces the paper", comparison.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_beyond_rounding_does_not_reproduce_even_with_input_tolerance()
    {
        // 4.7 - 1.1 - 2.6 = 1.0 against a printed 0.0: 1.0 > 0.05 + 0.15
        var comparison = Reproduction.Compare(1.0, 0.0, "0.0", inputTolerance: 0.15);

        Assert.False(comparison.Reproduces);
        Assert.Equal(0.2, comparison.Tolerance!.Value, 12);
        Assert.Contains("does not explain", comparison.Verdict, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_reported_is_neither_a_match_nor_a_mismatch()
    {
        var comparison = Reproduction.Compare(3.2, null, null);

        Assert.Null(comparison.Reproduces);
        Assert.Null(comparison.Difference);
        Assert.Equal("The paper reports no value to compare with.", comparison.Verdict);
    }
}
