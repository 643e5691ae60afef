using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.SpendingPerFirm;

/// <summary>Public spending per micro and small firm per month, with its inputs.</summary>
public sealed record SpendingPerFirmDto
{
    /// <summary>Each institution's annual average total expenditure, millions of US$ (2006-2007).</summary>
    public required IReadOnlyList<IndicatorInputDto> Spending { get; init; }
    /// <summary>Institutions of Table 5 without a total expenditure figure for the period (counted by their investment spending where Table 5 prints it).</summary>
    public required IReadOnlyList<string> InstitutionsWithoutTotal { get; init; }
    /// <summary>The number of micro and small firms used.</summary>
    public required IndicatorInputDto? Firms { get; init; }
    /// <summary>Spending (US$) per firm and per firm per month.</summary>
    public required SpendingPerFirmResult Result { get; init; }
    /// <summary>The computed monthly figure against the text's.</summary>
    public required Reproduction? Reported { get; init; }
    /// <summary>The text's figure as printed.</summary>
    public required string? ReportedAsPrinted { get; init; }
    /// <summary>What the reader should know.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
