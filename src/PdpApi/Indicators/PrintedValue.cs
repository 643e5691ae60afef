using PdpApi.Domain;

namespace PdpApi.Indicators;

/// <summary>A figure the paper prints, to set a computed value beside; both null where it prints none.</summary>
public sealed record PrintedValue(double? Value, string? AsPrinted)
{
    public static readonly PrintedValue None = new(null, null);

    public Reproduction CompareWith(double computed, double inputTolerance = 0) =>
        Reproduction.Compare(computed, Value, AsPrinted, inputTolerance);
}
