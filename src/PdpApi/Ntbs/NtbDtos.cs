using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Ntbs;

/// <summary>A country's non-tariff barriers in Table 9 ("Non-Tariff Barrier Structure Imposed in Peru and its Main Partner Countries by ISIC Sector, 2002").</summary>
public sealed record NtbCountryDto
{
    /// <summary>Slug: peru, argentina, brazil, canada, chile, china, colombia, usa, japan, mexico, european-union.</summary>
    public required string Id { get; init; }
    /// <summary>Country name.</summary>
    public required string Name { get; init; }
    /// <summary>The name as printed ("P. R. of China", "European Union¹").</summary>
    public required string NameAsPrinted { get; init; }
    /// <summary>Row order in Table 9.</summary>
    public required int Position { get; init; }
    /// <summary>The year of the table (2002).</summary>
    public required PeriodDto Period { get; init; }
    /// <summary>Share of the country's NTBs on agricultural, livestock, fishing and food products, percent.</summary>
    public required double AgricultureFoodSharePercent { get; init; }
    /// <summary>Share on mining, petroleum and natural gas, percent.</summary>
    public required double MiningPetroleumGasSharePercent { get; init; }
    /// <summary>Share on manufactures, percent.</summary>
    public required double ManufactureSharePercent { get; init; }
    /// <summary>Share on the rest of products, percent.</summary>
    public required double RestSharePercent { get; init; }
    /// <summary>Weighted average number of NTBs per tariff line.</summary>
    public required double WeightedAverageNtbsPerTariffLine { get; init; }
    /// <summary>The weighted average as printed, with its decimal comma ("4,6").</summary>
    public required string WeightedAverageNtbsPerTariffLineAsPrinted { get; init; }
    /// <summary>Number of the country's NTBs that Peru's exports of goods face; null for Peru itself.</summary>
    public required int? NtbsFacedByPeruExports { get; init; }
    /// <summary>Why ntbsFacedByPeruExports is null (not-applicable for Peru).</summary>
    public required NullReason? NtbsFacedByPeruExportsNullReason { get; init; }
    /// <summary>Total number of NTBs the country imposes (for the EU, the average of 11 member countries: footnote 1).</summary>
    public required int TotalNtbs { get; init; }
    /// <summary>Source table, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A type of non-tariff barrier Peru uses (Section 4.2).</summary>
public sealed record NtbTypeDto
{
    /// <summary>Slug of the type.</summary>
    public required string Id { get; init; }
    /// <summary>The item's numeral in the paper (i-iv).</summary>
    public required string Number { get; init; }
    /// <summary>The type, in the paper's words.</summary>
    public required string Name { get; init; }
    /// <summary>Examples the paper gives (footnotes 37-38); null when none.</summary>
    public required string? Examples { get; init; }
    /// <summary>What the paper says of its use; null when nothing more.</summary>
    public required string? Description { get; init; }
    /// <summary>Section, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
