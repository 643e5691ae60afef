using PdpApi.Data;
using PdpApi.Api;

namespace PdpApi.Institutions;

/// <summary>An institution, programme or body in a PDP role.</summary>
public sealed record InstitutionDto
{
    /// <summary>Readable slug, such as <c>promperu</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The acronym as printed, where the paper uses one.</summary>
    public required string? Acronym { get; init; }
    /// <summary>The full name as printed.</summary>
    public required string Name { get; init; }
    /// <summary>Other names and spellings the paper prints for it.</summary>
    public required IReadOnlyList<string> NameVariants { get; init; }
    /// <summary>Set when this row is an alias: the id of the body it names (PERU COMPITE is the CNC).</summary>
    public required string? SameAsId { get; init; }
    /// <summary>Table 11's "Legal Framework" cell, as printed (the acts themselves are in /legal-events).</summary>
    public required string? LegalFrameworkAsPrinted { get; init; }
    /// <summary>agency, programme, ministry, fund, regime, network, council or other.</summary>
    public required InstitutionKind Kind { get; init; }
    /// <summary>What it is, in the paper's words.</summary>
    public required string? Description { get; init; }
    /// <summary>Its objectives (Table 11 or the text), verbatim.</summary>
    public required string? Objectives { get; init; }
    /// <summary>Its services, verbatim.</summary>
    public required string? Services { get; init; }
    /// <summary>The sectors it serves, as stated.</summary>
    public required string? SectorsServed { get; init; }
    /// <summary>The firm sizes it serves, as stated.</summary>
    public required string? FirmSizesServed { get; init; }
    /// <summary>Its governance (board composition), verbatim.</summary>
    public required string? Governance { get; init; }
    /// <summary>How beneficiaries learn of it, verbatim.</summary>
    public required string? BeneficiaryOutreach { get; init; }
    /// <summary>Its place in Table 3's classification; null fields where Table 3 does not place it.</summary>
    public required PdpClassificationDto Classification { get; init; }
    /// <summary>True for the PDPs the paper selects for its survey (Tables 5, 6, 11, 12, 18).</summary>
    public required bool IsSelectedPdp { get; init; }
    /// <summary>The economic failures it addresses (Section 3.1's vocabulary).</summary>
    public required IReadOnlyList<FailureRefDto> EconomicFailures { get; init; }
    /// <summary>The ministries it answered to, with years where the paper gives them.</summary>
    public required IReadOnlyList<MinistrySpanDto> Ministries { get; init; }
    /// <summary>Source, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>Table 3's two-dimensional classification of PDPs.</summary>
public sealed record PdpClassificationDto
{
    /// <summary>horizontal (economy-wide) or vertical (sector-specific).</summary>
    public required PdpDimension? Dimension { get; init; }
    /// <summary>public-input or market-intervention.</summary>
    public required PdpType? Type { get; init; }
}

/// <summary>An economic failure an institution addresses, with the paper's words.</summary>
public sealed record FailureRefDto
{
    /// <summary>Failure id (see /api/v1/economic-failures).</summary>
    public required string Id { get; init; }
    /// <summary>What the paper says (Table 11's "Addressed Economic Failures" cell or the text).</summary>
    public required string? Evidence { get; init; }
    /// <summary>direct (the paper uses the framework's term) or interpretation (its words mapped onto the vocabulary; the note says how).</summary>
    public required FailureMapping Mapping { get; init; }
}

/// <summary>A ministry an institution answered to, over a span of years.</summary>
public sealed record MinistrySpanDto
{
    /// <summary>The ministry's id (an institution of kind ministry).</summary>
    public required string MinistryId { get; init; }
    /// <summary>First year, where given.</summary>
    public required int? FromYear { get; init; }
    /// <summary>Last year; null when the paper gives none (still in place at its writing, or not stated).</summary>
    public required int? ToYear { get; init; }
    /// <summary>stated (the paper says so), implied, or decree-issuer (read only from the creating decree's suffix: weakest).</summary>
    public required MinistryBasis Basis { get; init; }
    /// <summary>False for a reading kept but not published.</summary>
    public required bool IsPublishedReading { get; init; }
}

/// <summary>An institution's predecessors, successors and parents as a graph a frontend can draw.</summary>
public sealed record LineageDto
{
    /// <summary>The institution asked about.</summary>
    public required string RootId { get; init; }
    /// <summary>Every body connected to it through links, the root included.</summary>
    public required IReadOnlyList<LineageNodeDto> Nodes { get; init; }
    /// <summary>The links among them, each directed from the older or smaller body to the newer or larger one.</summary>
    public required IReadOnlyList<LineageEdgeDto> Edges { get; init; }
}

/// <summary>A body in a lineage graph.</summary>
public sealed record LineageNodeDto
{
    /// <summary>Institution id.</summary>
    public required string Id { get; init; }
    /// <summary>Acronym, where used.</summary>
    public required string? Acronym { get; init; }
    /// <summary>Full name.</summary>
    public required string Name { get; init; }
    /// <summary>Kind of body.</summary>
    public required InstitutionKind Kind { get; init; }
}

/// <summary>A link in a lineage graph.</summary>
public sealed record LineageEdgeDto
{
    /// <summary>Where the link starts.</summary>
    public required string From { get; init; }
    /// <summary>Where it ends.</summary>
    public required string To { get; init; }
    /// <summary>merged-into, renamed-to, replaced-by, absorbed, part-of, attached-to-ministry or created-by.</summary>
    public required InstitutionRelation Relation { get; init; }
    /// <summary>The change; readings of the same change share it.</summary>
    public required string ChangeId { get; init; }
    /// <summary>Year of the change, where given.</summary>
    public required int? Year { get; init; }
    /// <summary>The date as printed.</summary>
    public required string? DateAsPrinted { get; init; }
    /// <summary>The act as printed.</summary>
    public required string? InstrumentAsPrinted { get; init; }
    /// <summary>Where the paper states it (table, text, footnote), when it states it more than once.</summary>
    public required Reading? Reading { get; init; }
    /// <summary>False for a reading kept but not published (the paper contradicts itself).</summary>
    public required bool IsPublishedReading { get; init; }
    /// <summary>Source, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>An economic failure of Section 3.1's framework, with the institutions that address it.</summary>
public sealed record EconomicFailureDto
{
    /// <summary>Slug, such as <c>coordination-failures</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The failure as the paper names it.</summary>
    public required string Name { get; init; }
    /// <summary>The set Section 3.1 puts it in; null for failures named only in Section 5 or Table 11.</summary>
    public required string? FrameworkGroup { get; init; }
    /// <summary>True when Section 3.1 names it.</summary>
    public required bool InSection31 { get; init; }
    /// <summary>The paper's explanation.</summary>
    public required string? Description { get; init; }
    /// <summary>The institutions that address it (ids of /api/v1/institutions).</summary>
    public required IReadOnlyList<string> InstitutionIds { get; init; }
    /// <summary>Source, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
