using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Tariffs;

/// <summary>A dated change of MFN tariffs or import taxes, from Section 4.1's chronology 1990-2007 (items i-ix).</summary>
public sealed record TariffChangeDto
{
    /// <summary>Slug of the change, starting with its date (<c>1997-04-rates-reduced-to-12-and-20</c>).</summary>
    public required string Id { get; init; }
    /// <summary>The chronology item's roman numeral as printed (i-ix); null for a change taken from a footnote.</summary>
    public required string? Item { get; init; }
    /// <summary>Year of the change; null for a change the paper does not date (the footnote 32 row).</summary>
    public required int? Year { get; init; }
    /// <summary>Month (1-12), where printed; null otherwise.</summary>
    public required int? Month { get; init; }
    /// <summary>Day of the month, where printed; null otherwise.</summary>
    public required int? Day { get; init; }
    /// <summary>The date as ISO 8601 at the precision printed (<c>2007-02-28</c>, <c>2007-02</c> or <c>2007</c>); null when the year is. Sortable, and filtered by <c>date</c>.</summary>
    public string? Date => IsoDates.Format(Year, Month, Day);
    /// <summary>The legal instrument, where the paper names one (supreme-decree); null otherwise.</summary>
    public required string? Instrument { get; init; }
    /// <summary>The instrument's number as printed (<c>035-97-EF</c>); null when none is named.</summary>
    public required string? InstrumentNumber { get; init; }
    /// <summary>The change, in the paper's words.</summary>
    public required string Description { get; init; }
    /// <summary>The tariff or surcharge rates the change names, percent, in the order printed.</summary>
    public required IReadOnlyList<double> RatesPercent { get; init; }
    /// <summary>Tariff lines (or products or items, as the text says) affected, where one count is printed.</summary>
    public required int? LinesAffected { get; init; }
    /// <summary>The words giving the count or share, as printed.</summary>
    public required string? LinesAffectedAsPrinted { get; init; }
    /// <summary>Share of all tariff lines affected, percent, where a share rather than a count is printed.</summary>
    public required double? LinesAffectedSharePercent { get; init; }
    /// <summary>Section and footnotes.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A product group of the price-band mechanism (variable specific duties on agricultural imports), Section 4.1.</summary>
public sealed record PriceBandProductDto
{
    /// <summary>Slug of the product group.</summary>
    public required string Id { get; init; }
    /// <summary>The product group as the paper names it.</summary>
    public required string ProductGroup { get; init; }
    /// <summary>The group's products with their HS codes as printed in footnote 33; empty where the paper gives none.</summary>
    public required IReadOnlyList<HsProductDto> HsProducts { get; init; }
    /// <summary>covered (by statusYear) or eliminated (in statusYear and statusMonth).</summary>
    public required PriceBandStatus Status { get; init; }
    /// <summary>Year of the status.</summary>
    public required int StatusYear { get; init; }
    /// <summary>Month of the status, where printed.</summary>
    public required int? StatusMonth { get; init; }
    /// <summary>The status's date as ISO 8601 at the precision printed (<c>2001-10</c> or <c>1999</c>).</summary>
    public string StatusDate => IsoDates.Format(StatusYear, StatusMonth, null)!;
    /// <summary>The WTO Secretariat's ad-valorem equivalent of the variable duty for 1999 (August 1999 prices), percent.</summary>
    public required double? AdValoremEquivalent1999Percent { get; init; }
    /// <summary>The equivalent as printed ("54 percent").</summary>
    public required string? AdValoremEquivalent1999AsPrinted { get; init; }
    /// <summary>Why there is no 1999 equivalent: not-reported (the paper gives none) or not-applicable (no longer covered in 1999).</summary>
    public required NullReason? EquivalentNullReason { get; init; }
    /// <summary>Section and footnotes.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A product and its HS code.</summary>
public sealed record HsProductDto
{
    /// <summary>The product as printed ("yellow maize").</summary>
    public required string Product { get; init; }
    /// <summary>The 10-digit HS code as printed, leading zeros kept (a string, not a number).</summary>
    public required string HsCode { get; init; }
}
