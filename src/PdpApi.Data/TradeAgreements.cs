namespace PdpApi.Data;

/// <summary>A country's non-tariff barriers in Table 9 (2002): their structure by ISIC sector and their number.</summary>
public sealed class NtbCountry
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string NameAsPrinted { get; set; }
    public int Position { get; set; }
    public required Period Period { get; set; }
    public double AgricultureFoodSharePercent { get; set; }
    public double MiningPetroleumGasSharePercent { get; set; }
    public double ManufactureSharePercent { get; set; }
    public double RestSharePercent { get; set; }
    public double WeightedAverageNtbsPerTariffLine { get; set; }
    public required string WeightedAverageNtbsPerTariffLineAsPrinted { get; set; }
    public int? NtbsFacedByPeruExports { get; set; }
    public NullReason? NtbsFacedByPeruExportsNullReason { get; set; }
    public int TotalNtbs { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A type of non-tariff barrier Peru uses (Section 4.2, items i-iv).</summary>
public sealed class NtbType
{
    public required string Id { get; set; }
    public required string Number { get; set; }
    public required string Name { get; set; }
    public string? Examples { get; set; }
    public string? Description { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A preferential (or unilateral) trade arrangement of Table 10.</summary>
public sealed class Pta
{
    public required string Id { get; set; }
    public int Number { get; set; }
    public required PtaKind Kind { get; set; }
    public required string NameAsPrinted { get; set; }
    public required string ShortName { get; set; }
    public int? AgreementNumber { get; set; }
    public string? AgreementNumberTableReading { get; set; }
    public string? AgreementNumberFootnoteReading { get; set; }
    /// <summary>Members as the cell names them (a bloc stays a bloc), in printed order.</summary>
    public IReadOnlyList<string> Members { get; set; } = [];
    /// <summary>Peru's partners in it, in printed order.</summary>
    public IReadOnlyList<string> Partners { get; set; } = [];
    public required string InitialDateAsPrinted { get; set; }
    public int StartYear { get; set; }
    public double ExportShare2006Percent { get; set; }
    public required string ExportShare2006AsPrinted { get; set; }
    public double ImportShare2006Percent { get; set; }
    public required string ImportShare2006AsPrinted { get; set; }
    public required ShareBasis ShareBasis { get; set; }
    public required string SectoralPreferencesAsPrinted { get; set; }
    public required SectorCoverage SectorCoverage { get; set; }
    /// <summary>Two-digit HS chapters the preferences name, in printed order.</summary>
    public IReadOnlyList<string> HsChapters { get; set; } = [];
    public required TariffKind TariffKind { get; set; }
    public double? AverageTariffPercent { get; set; }
    public double? AverageTariffAgriculturePercent { get; set; }
    public NullReason? AverageTariffAgricultureNullReason { get; set; }
    public string? AgricultureScopeAsPrinted { get; set; }
    public int? TariffYear { get; set; }
    public required Provenance Provenance { get; set; }
    public List<PtaEvent> Events { get; set; } = [];
    /// <summary>Names, members and partners folded for matching.</summary>
    public required string SearchText { get; set; }
}

/// <summary>A dated event in the history of a trade arrangement (start, withdrawal, reinstatement, replacement...).</summary>
public sealed class PtaEvent
{
    public required string Id { get; set; }
    public string? PtaId { get; set; }
    public int Position { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    public NullReason? YearNullReason { get; set; }
    public required string Event { get; set; }
    public required string Description { get; set; }
    public string? RelatedAgreementsAsPrinted { get; set; }
    public string? DateAsPrinted { get; set; }
    /// <summary>Where the paper states it: table, text or footnote.</summary>
    public required Reading Reading { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A preference scheme Peru receives (GSP, ATPA, ATPDEA) or an agreement reached since 2006 (Table 10's source note, footnote 42).</summary>
public sealed class PreferenceScheme
{
    public required string Id { get; set; }
    public required string NameAsPrinted { get; set; }
    public required PreferenceSchemeKind Kind { get; set; }
    public required string Partner { get; set; }
    public string? ActionAsPrinted { get; set; }
    public string? DateAsPrinted { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public NullReason? YearNullReason { get; set; }
    public string? InForceAsPrinted { get; set; }
    public int? InForceYear { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A zone a quoted figure is about: a relation, so the database refuses an unknown zone.</summary>
public sealed class QuotedFigureZone
{
    public required string Topic { get; set; }
    public required string FigureId { get; set; }
    public required string ZoneId { get; set; }
    public int Position { get; set; }
}

/// <summary>A figure the paper quotes in its text (a share, an amount, a count), with its unit and date.</summary>
public sealed class QuotedFigure
{
    public required string Id { get; set; }
    /// <summary>What the figure is about: ntbs, ptas, drawbacks, free-zones or fdi.</summary>
    public required string Topic { get; set; }
    public int Position { get; set; }
    public required string Description { get; set; }
    public double? Value { get; set; }
    public required string Unit { get; set; }
    /// <summary>A value printed as a fraction ("one-third"), kept as a fraction.</summary>
    public string? ValueFraction { get; set; }
    public required string ValueAsPrinted { get; set; }
    public string? Qualifier { get; set; }
    public string? Bound { get; set; }
    public string? PeriodLabel { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public int? Month { get; set; }
    /// <summary>Topic-specific details ("flow=imports;partnerGroup=laia"), kept as key=value pairs.</summary>
    public string? Details { get; set; }
    /// <summary>The zones a free-zone figure is about, in the order the seed lists them; none for the other topics.</summary>
    public List<QuotedFigureZone> Zones { get; set; } = [];
    /// <summary>For a share of FDI the text says the largest sectors add up to ("These sectors account for about 86 percent"): how many sectors (the k of CR-k); null otherwise.</summary>
    public int? TopSectorsCount { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>What kind of arrangement a Table 10 row is.</summary>
public enum PtaKind
{
    /// <summary>Row 1: Peru's own liberalization.</summary>
    Unilateral,
    Regional,
    BlocAndCountry,
    Bilateral,
}

/// <summary>What Table 10's 2006 trade shares are shares of.</summary>
public enum ShareBasis
{
    /// <summary>Peru's exports or imports with the partners, out of its total trade.</summary>
    TotalTrade,
    /// <summary>Row 1: exports or imports out of GDP.</summary>
    Gdp,
}

/// <summary>How much of the tariff schedule an arrangement's sectoral preferences cover.</summary>
public enum SectorCoverage
{
    All,
    Most,
    Listed,
    Specific,
}

/// <summary>Which tariff a Table 10 row's averages are.</summary>
public enum TariffKind
{
    /// <summary>Row 1: the most-favoured-nation tariff.</summary>
    Mfn,
    Preferential,
}

/// <summary>A preference Peru receives, or an agreement reached since 2006.</summary>
public enum PreferenceSchemeKind
{
    UnilateralPreference,
    [System.Text.Json.Serialization.JsonStringEnumMemberName("agreement-since-2006")]
    AgreementSince2006,
}
