namespace PdpApi.Data;

/// <summary>An institution, programme or body in a PDP role (Sections 3, 5-7, Tables 3 and 11).</summary>
public sealed class Institution
{
    public required string Id { get; set; }
    public string? Acronym { get; set; }
    public required string Name { get; set; }
    /// <summary>Other names the paper prints for it, in the seed's order.</summary>
    public IReadOnlyList<string> NameVariants { get; set; } = [];
    /// <summary>Set on an alias row: the id of the body it names ("PERU COMPITE" is the CNC).</summary>
    public string? SameAsId { get; set; }
    /// <summary>Table 11's "Legal Framework" cell, as printed.</summary>
    public string? LegalFrameworkAsPrinted { get; set; }
    public required InstitutionKind Kind { get; set; }
    public string? Description { get; set; }
    public string? Objectives { get; set; }
    public string? Services { get; set; }
    public string? SectorsServed { get; set; }
    public string? FirmSizesServed { get; set; }
    public string? Governance { get; set; }
    public string? BeneficiaryOutreach { get; set; }
    /// <summary>Table 3's first dimension: horizontal or vertical; null when Table 3 does not place it.</summary>
    public PdpDimension? Table3Dimension { get; set; }
    /// <summary>Table 3's second dimension: public-input or market-intervention.</summary>
    public PdpType? Table3Type { get; set; }
    /// <summary>True for the PDPs the paper selects for Tables 5, 6, 11, 12 and 18.</summary>
    public bool IsSelectedPdp { get; set; }
    public required Provenance Provenance { get; set; }
    public required string SearchText { get; set; }
    public List<InstitutionFailure> Failures { get; set; } = [];
    public List<InstitutionMinistry> Ministries { get; set; } = [];
}

/// <summary>An economic failure of Section 3.1's framework (coordination failures, information externalities...).</summary>
public sealed class EconomicFailure
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The set of failures Section 3.1 puts it in; null for failures named only in Section 5 or Table 11.</summary>
    public string? FrameworkGroup { get; set; }
    /// <summary>True when Section 3.1 names it; false when only Section 5 or Table 11 does.</summary>
    public bool InSection31 { get; set; }
    public string? Description { get; set; }
    public required Provenance Provenance { get; set; }
    public List<InstitutionFailure> Institutions { get; set; } = [];
}

/// <summary>That an institution addresses an economic failure, with the paper's words for it.</summary>
public sealed class InstitutionFailure
{
    public required string InstitutionId { get; set; }
    public required string FailureId { get; set; }
    public string? Evidence { get; set; }
    /// <summary>direct (the paper's own term) or interpretation (the paper's words mapped onto the vocabulary).</summary>
    public required FailureMapping Mapping { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A predecessor, successor or parent link between two bodies (merged-into, renamed-to, part-of...).</summary>
public sealed class InstitutionLink
{
    public int Id { get; set; }
    /// <summary>The change; its readings share it.</summary>
    public required string ChangeId { get; set; }
    public required string FromId { get; set; }
    public required string ToId { get; set; }
    public required InstitutionRelation Relation { get; set; }
    public int? Year { get; set; }
    public string? DateAsPrinted { get; set; }
    public string? InstrumentAsPrinted { get; set; }
    public Reading? Reading { get; set; }
    public bool IsPublishedReading { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>The ministry an institution answered to over a span of years.</summary>
public sealed class InstitutionMinistry
{
    public int Id { get; set; }
    public required string InstitutionId { get; set; }
    public required string MinistryId { get; set; }
    public int? FromYear { get; set; }
    public int? ToYear { get; set; }
    /// <summary>stated (the paper says so), implied, or decree-issuer (read only from the suffix of the creating decree).</summary>
    public required MinistryBasis Basis { get; set; }
    public bool IsPublishedReading { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A presidential administration of Peru.</summary>
public sealed class Administration
{
    public required string Id { get; set; }
    public required string President { get; set; }
    public int Term { get; set; }
    public DateOnly StartDate { get; set; }
    /// <summary>The day the next administration took office (exclusive).</summary>
    public DateOnly EndDate { get; set; }
    /// <summary>paper when the paper states the dates; external when they are general knowledge.</summary>
    public required DateBasis DateBasis { get; set; }
    /// <summary>How the paper refers to it, where it does ("The Toledo regime (2001-2006)").</summary>
    public string? PaperDatesAsPrinted { get; set; }
    /// <summary>Where the paper names it; null when it does not (the administration is then context only).</summary>
    public string? SourceId { get; set; }
    /// <summary>Footnote markers as printed, in the seed's order; empty when none.</summary>
    public IReadOnlyList<string> FootnoteMarkers { get; set; } = [];
    public string? Note { get; set; }
}

/// <summary>A dated legal act or institutional change the paper names.</summary>
public sealed class LegalEvent
{
    public required string Id { get; set; }
    /// <summary>The act; its readings (when the paper states it more than once, differently) share it.</summary>
    public required string ActId { get; set; }
    public InstrumentType? InstrumentType { get; set; }
    public string? InstrumentNumber { get; set; }
    public string? InstrumentAsPrinted { get; set; }
    public string? DateAsPrinted { get; set; }
    public int? Year { get; set; }
    public int? Month { get; set; }
    public int? Day { get; set; }
    /// <summary>
    /// The date as one number, yyyymmdd, that orders acts by date: 00 for a month or day the paper does not print, year
    /// 9999 for an undated act (so undated acts come last). Derived from Year, Month and Day when the seed loads; stored so
    /// that an index serves the date sort.
    /// </summary>
    public int DateKey { get; set; }
    /// <summary>A year worked out from context or from the instrument's number, where none is printed.</summary>
    public int? InferredYear { get; set; }
    public int? PeriodStartYear { get; set; }
    public int? PeriodEndYear { get; set; }
    public required LegalEventType EventType { get; set; }
    public List<LegalEventBody> Bodies { get; set; } = [];
    /// <summary>Bodies that resulted from the change (the body merged into, renamed to...), in the order the seed lists them.</summary>
    public List<LegalEventSuccessor> Successors { get; set; } = [];
    /// <summary>Free zones the act concerns (ids of /api/v1/export-incentives/free-zones), in the order the seed lists them.</summary>
    public List<LegalEventZone> Zones { get; set; } = [];
    public required string Description { get; set; }
    public required Reading Reading { get; set; }
    public bool IsPublishedReading { get; set; }
    /// <summary>The administration in office on the act's date (derived when the seed loads); null when undated or ambiguous.</summary>
    public string? AdministrationId { get; set; }
    public required Provenance Provenance { get; set; }
    public required string SearchText { get; set; }

    public static int DateKeyOf(int? year, int? month, int? day) => (year ?? 9999) * 10000 + (month ?? 0) * 100 + (day ?? 0);
}

/// <summary>A body that resulted from a legal event's change: a relation, so the database refuses an unknown institution.</summary>
public sealed class LegalEventSuccessor
{
    public required string LegalEventId { get; set; }
    public required string InstitutionId { get; set; }
    public int Position { get; set; }
}

/// <summary>A zone a legal event concerns: a relation, so the database refuses an unknown zone.</summary>
public sealed class LegalEventZone
{
    public required string LegalEventId { get; set; }
    public required string ZoneId { get; set; }
    public int Position { get; set; }
}

/// <summary>An institution a legal event affects.</summary>
public sealed class LegalEventBody
{
    public required string LegalEventId { get; set; }
    public required string InstitutionId { get; set; }
    public int Position { get; set; }
}

/// <summary>
/// One value of the institutions' tables in long format: Table 4 (government investment), 5 (expenditure), 6
/// (features), 12 (perceptions) and 18 (impacts), and the terms of COFIDE's export-finance programmes that Section 6.2
/// quotes in its text (export finance).
/// </summary>
public sealed class InstitutionFigure
{
    public int Id { get; set; }
    /// <summary>government-investment, expenditure, features, perceptions, impacts or export-finance.</summary>
    public required InstitutionFigureDataset Dataset { get; set; }
    public string? InstitutionId { get; set; }
    public string? InstitutionAsPrinted { get; set; }
    public string? RowId { get; set; }
    public string? RowAsPrinted { get; set; }
    public string? GroupAsPrinted { get; set; }
    /// <summary>The years the value covers ("2004-2005"): a footnote's years where the value's footnote gives them; null for a value whose period the paper does not state.</summary>
    public string? PeriodLabel { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    /// <summary>The column heading the value is printed under (Tables 4 and 5); null for a table without period columns.</summary>
    public string? PeriodAsPrinted { get; set; }
    public required string Measure { get; set; }
    /// <summary>institution or beneficiary, where a table gives both views.</summary>
    public Respondent? Respondent { get; set; }
    public string? Dimension { get; set; }
    public string? DimensionAsPrinted { get; set; }
    public double? Value { get; set; }
    public string? ValueAsPrinted { get; set; }
    public NullReason? NullReason { get; set; }
    /// <summary>Columns only one table has, as key=value pairs separated by '|'.</summary>
    public string? Details { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A respondent to the paper's questionnaire (Table A9, part I): position and institution only, never the person's name.</summary>
public sealed class SurveyRespondent
{
    public int Id { get; set; }
    public string? InstitutionId { get; set; }
    public required string InstitutionAsPrinted { get; set; }
    public required string PositionAsPrinted { get; set; }
    public required Provenance Provenance { get; set; }
}

/// <summary>A beneficiary firm that answered the questionnaire (Table A9, part II).</summary>
public sealed class BeneficiaryFirm
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public string? RespondentPositionAsPrinted { get; set; }
    public string? InstitutionAsPrinted { get; set; }
    /// <summary>The institutions it benefited from, in the order the paper names them.</summary>
    public List<BeneficiaryFirmInstitution> Institutions { get; set; } = [];
    public required Provenance Provenance { get; set; }
}

/// <summary>An institution a beneficiary firm benefited from: a relation, so the database refuses an unknown id.</summary>
public sealed class BeneficiaryFirmInstitution
{
    public required string FirmId { get; set; }
    public required string InstitutionId { get; set; }
    public int Position { get; set; }
}

/// <summary>What kind of body an institution is.</summary>
public enum InstitutionKind
{
    Agency,
    Programme,
    Ministry,
    Fund,
    Regime,
    Network,
    Council,
    Other,
}

/// <summary>Table 3's first dimension of a productive development policy.</summary>
public enum PdpDimension
{
    Horizontal,
    Vertical,
}

/// <summary>Table 3's second dimension of a productive development policy.</summary>
public enum PdpType
{
    PublicInput,
    MarketIntervention,
}

/// <summary>How one body became, or belongs to, another.</summary>
public enum InstitutionRelation
{
    MergedInto,
    RenamedTo,
    ReplacedBy,
    Absorbed,
    PartOf,
    AttachedToMinistry,
    CreatedBy,
}

/// <summary>The kind of legal instrument an act is.</summary>
public enum InstrumentType
{
    Law,
    LegislativeDecree,
    SupremeDecree,
    DecreeLaw,
    MinisterialResolution,
    EmergencyDecree,
    Other,
}

/// <summary>What a legal act did to the bodies it names.</summary>
public enum LegalEventType
{
    Created,
    MergedInto,
    Renamed,
    Transferred,
    Deactivated,
    Regulated,
    ReScoped,
    Reform,
    TariffChange,
    Other,
}

/// <summary>Whose view a Table 12 figure gives.</summary>
public enum Respondent
{
    Institution,
    Beneficiary,
}

/// <summary>The table (or the passage of text) an institution figure comes from.</summary>
public enum InstitutionFigureDataset
{
    GovernmentInvestment,
    Expenditure,
    Features,
    Perceptions,
    Impacts,
    /// <summary>Section 6.2's text: the loan, rate and insurance terms of COFIDE's FIEX and SEPYMEX programmes.</summary>
    ExportFinance,
}

/// <summary>How an institution is tied to a failure it addresses.</summary>
public enum FailureMapping
{
    /// <summary>The paper says so.</summary>
    Direct,
    /// <summary>Read from what the paper says the institution does.</summary>
    Interpretation,
}

/// <summary>How a span under a ministry is known.</summary>
public enum MinistryBasis
{
    /// <summary>The paper states it.</summary>
    Stated,
    /// <summary>The paper implies it.</summary>
    Implied,
    /// <summary>The ministry issued the body's decree.</summary>
    DecreeIssuer,
}

/// <summary>Where an administration's dates come from.</summary>
public enum DateBasis
{
    /// <summary>The paper gives them.</summary>
    Paper,
    /// <summary>General knowledge: the paper gives years at most.</summary>
    External,
}
