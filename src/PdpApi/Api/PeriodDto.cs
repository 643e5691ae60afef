using System.Globalization;
using PdpApi.Data;

namespace PdpApi.Api;

/// <summary>A period as the paper prints it, with its first and last year (equal for a single year).</summary>
public sealed record PeriodDto
{
    /// <summary>As printed in the table's header ("1990-1992", "2006").</summary>
    public required string Label { get; init; }
    /// <summary>First year of the period.</summary>
    public required int StartYear { get; init; }
    /// <summary>Last year of the period.</summary>
    public required int EndYear { get; init; }

    /// <summary>The stored period as the API prints it.</summary>
    public static PeriodDto Of(Period period) => new() { Label = period.Label, StartYear = period.StartYear, EndYear = period.EndYear };

    /// <summary>A column heading as the seed stores it, "1990-1992" or "2006", as a period.</summary>
    public static PeriodDto OfHeading(string heading)
    {
        var years = heading.Split('-');
        return new() { Label = heading, StartYear = int.Parse(years[0], CultureInfo.InvariantCulture), EndYear = int.Parse(years[^1], CultureInfo.InvariantCulture) };
    }
}
