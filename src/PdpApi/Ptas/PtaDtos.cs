using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Ptas;

/// <summary>A trade arrangement of Table 10 ("Preferential Trade Arrangements (PTAs) of Peru, 1970-2003"; its figures are for 2006).</summary>
public sealed record PtaDto
{
    /// <summary>Slug, such as <c>andean-community</c> or <c>cea-38-chile</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The row number in Table 10 (1-6).</summary>
    public required int Number { get; init; }
    /// <summary>unilateral (row 1, Peru's own liberalization), regional, bloc-and-country or bilateral.</summary>
    public required PtaKind Kind { get; init; }
    /// <summary>The "PTAs-Country Members" cell as printed.</summary>
    public required string NameAsPrinted { get; init; }
    /// <summary>A short name.</summary>
    public required string ShortName { get; init; }
    /// <summary>The agreement's number as published (for Chile, 38: footnote 43's reading; see the readings).</summary>
    public required int? AgreementNumber { get; init; }
    /// <summary>The number as Table 10 prints it (Chile: "381").</summary>
    public required string? AgreementNumberTableReading { get; init; }
    /// <summary>The number as a footnote prints it, where it differs ("No. 38").</summary>
    public required string? AgreementNumberFootnoteReading { get; init; }
    /// <summary>Members as the cell names them (a bloc stays a bloc).</summary>
    public required IReadOnlyList<string> Members { get; init; }
    /// <summary>Peru's counterpart countries.</summary>
    public required IReadOnlyList<string> Partners { get; init; }
    /// <summary>The "Initial Date" cell as printed.</summary>
    public required string InitialDateAsPrinted { get; init; }
    /// <summary>The first year in it.</summary>
    public required int StartYear { get; init; }
    /// <summary>Share of Peru's exports going to the partners in 2006, percent (row 1: exports out of GDP; see shareBasis).</summary>
    public required double ExportShare2006Percent { get; init; }
    /// <summary>The export cell as printed.</summary>
    public required string ExportShare2006AsPrinted { get; init; }
    /// <summary>Share of Peru's imports coming from the partners in 2006, percent (row 1: imports out of GDP).</summary>
    public required double ImportShare2006Percent { get; init; }
    /// <summary>The import cell as printed.</summary>
    public required string ImportShare2006AsPrinted { get; init; }
    /// <summary>total-trade (shares of Peru's exports or imports) or gdp (row 1).</summary>
    public required ShareBasis ShareBasis { get; init; }
    /// <summary>The "Sectoral Preferences (HS code)" cell as printed.</summary>
    public required string SectoralPreferencesAsPrinted { get; init; }
    /// <summary>all, most, listed or specific sectors.</summary>
    public required SectorCoverage SectorCoverage { get; init; }
    /// <summary>HS chapters named in the cell, two digits, in the order printed.</summary>
    public required IReadOnlyList<string> HsChapters { get; init; }
    /// <summary>mfn (row 1) or preferential: which tariff the averages are.</summary>
    public required TariffKind TariffKind { get; init; }
    /// <summary>Average ad-valorem tariff over all sectors, percent.</summary>
    public required double? AverageTariffPercent { get; init; }
    /// <summary>Average ad-valorem tariff for agriculture (or agriculture and fishing: see agricultureScopeAsPrinted), percent.</summary>
    public required double? AverageTariffAgriculturePercent { get; init; }
    /// <summary>Why the agricultural average is null.</summary>
    public required NullReason? AverageTariffAgricultureNullReason { get; init; }
    /// <summary>What the agricultural average covers, as printed.</summary>
    public required string? AgricultureScopeAsPrinted { get; init; }
    /// <summary>The year of the averages (2006).</summary>
    public required int? TariffYear { get; init; }
    /// <summary>Dated events: start, Peru's withdrawal (1993) and return (1997), replacements.</summary>
    public required IReadOnlyList<PtaEventDto> Events { get; init; }
    /// <summary>Source table, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A dated event in the history of Peru's trade arrangements.</summary>
public sealed record PtaEventDto
{
    /// <summary>Slug of the event.</summary>
    public required string Id { get; init; }
    /// <summary>The arrangement; null for an event about Peru's arrangements as a whole.</summary>
    public required string? PtaId { get; init; }
    /// <summary>Year; null where the paper dates it nowhere (see yearNullReason).</summary>
    public required int? Year { get; init; }
    /// <summary>Month, where printed.</summary>
    public required int? Month { get; init; }
    /// <summary>Day, where printed.</summary>
    public required int? Day { get; init; }
    /// <summary>The date as ISO 8601 at the precision printed (<c>2007-02-28</c>, <c>2007-02</c> or <c>2007</c>); null when the year is. Sortable, and filtered by <c>date</c>.</summary>
    public string? Date => IsoDates.Format(Year, Month, Day);
    /// <summary>Why the year is null.</summary>
    public required NullReason? YearNullReason { get; init; }
    /// <summary>started, ended, restarted, became-free-trade-area, peru-withdrew, peru-reinstated, replaced-agreements, signed, tariffs-zero-all-goods...</summary>
    public required string Event { get; init; }
    /// <summary>The event in the paper's words.</summary>
    public required string Description { get; init; }
    /// <summary>Agreements the event names, as printed ("CEA No. 11, 21, 09.20").</summary>
    public required string? RelatedAgreementsAsPrinted { get; init; }
    /// <summary>The date as printed.</summary>
    public required string? DateAsPrinted { get; init; }
    /// <summary>Where the paper states it: table, text or footnote (the same event can have several readings).</summary>
    public required Reading Reading { get; init; }
    /// <summary>Source, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A preference scheme Peru receives (GSP, ATPA, ATPDEA; Table 10's source note) or an agreement since 2006 (footnote 42).</summary>
public sealed record PreferenceSchemeDto
{
    /// <summary>Slug of the scheme.</summary>
    public required string Id { get; init; }
    /// <summary>Its name as printed.</summary>
    public required string NameAsPrinted { get; init; }
    /// <summary>unilateral-preference or agreement-since-2006.</summary>
    public required PreferenceSchemeKind Kind { get; init; }
    /// <summary>The granting or partner country or bloc.</summary>
    public required string Partner { get; init; }
    /// <summary>What the paper says Peru did (signed, extended...).</summary>
    public required string? ActionAsPrinted { get; init; }
    /// <summary>The date as printed ("jul-71").</summary>
    public required string? DateAsPrinted { get; init; }
    /// <summary>Year; null where not printed (see yearNullReason).</summary>
    public required int? Year { get; init; }
    /// <summary>Month, where printed.</summary>
    public required int? Month { get; init; }
    /// <summary>The date as ISO 8601 at the precision printed (<c>1971-07</c> or <c>2006</c>); null when the year is.</summary>
    public string? Date => IsoDates.Format(Year, Month, null);
    /// <summary>Why the year is null.</summary>
    public required NullReason? YearNullReason { get; init; }
    /// <summary>When it comes into force, as printed ("from 2009 onwards").</summary>
    public required string? InForceAsPrinted { get; init; }
    /// <summary>Year it comes into force.</summary>
    public required int? InForceYear { get; init; }
    /// <summary>Source, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
