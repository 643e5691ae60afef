using PdpApi.Data;
using PdpApi.Api;

namespace PdpApi.LegalEvents;

/// <summary>A dated legal act or institutional change the paper names: what it did, to which bodies, under which administration.</summary>
public sealed record LegalEventDto
{
    /// <summary>Slug starting with the year.</summary>
    public required string Id { get; init; }
    /// <summary>The act: readings of the same act (the paper states some twice, differently) share it.</summary>
    public required string ActId { get; init; }
    /// <summary>law, legislative-decree, supreme-decree, decree-law, ministerial-resolution, emergency-decree, other; null when the paper names no instrument.</summary>
    public required InstrumentType? InstrumentType { get; init; }
    /// <summary>The instrument's number as printed (<c>035-97-EF</c>).</summary>
    public required string? InstrumentNumber { get; init; }
    /// <summary>The whole reference as printed.</summary>
    public required string? InstrumentAsPrinted { get; init; }
    /// <summary>The date as printed.</summary>
    public required string? DateAsPrinted { get; init; }
    /// <summary>Year; null when the paper does not date it.</summary>
    public required int? Year { get; init; }
    /// <summary>Month, where printed.</summary>
    public required int? Month { get; init; }
    /// <summary>Day, where printed.</summary>
    public required int? Day { get; init; }
    /// <summary>The date as ISO 8601 at the precision printed (<c>2007-02-28</c>, <c>2007-02</c> or <c>2007</c>); null when the year is. Sortable, and filtered by <c>date</c>.</summary>
    public string? Date => IsoDates.Format(Year, Month, Day);
    /// <summary>A year worked out from context or from the instrument's number where none is printed (the note says how).</summary>
    public required int? InferredYear { get; init; }
    /// <summary>First year, for an act the paper dates only by a span.</summary>
    public required int? PeriodStartYear { get; init; }
    /// <summary>Last year of that span.</summary>
    public required int? PeriodEndYear { get; init; }
    /// <summary>created, merged-into, renamed, transferred, deactivated, regulated, re-scoped, reform, tariff-change or other.</summary>
    public required LegalEventType EventType { get; init; }
    /// <summary>The institutions it affected (ids of /api/v1/institutions); empty for economy-wide reforms.</summary>
    public required IReadOnlyList<string> BodyIds { get; init; }
    /// <summary>The bodies that resulted from the change (merged into, renamed to...).</summary>
    public required IReadOnlyList<string> SuccessorBodyIds { get; init; }
    /// <summary>Free zones the act concerns (ids of /api/v1/export-incentives/free-zones).</summary>
    public required IReadOnlyList<string> ZoneIds { get; init; }
    /// <summary>What it did, in the paper's words.</summary>
    public required string Description { get; init; }
    /// <summary>Where the paper states it: table, text or footnote.</summary>
    public required Reading Reading { get; init; }
    /// <summary>False for a reading kept but not published where the paper gives the same act twice (another year or number).</summary>
    public required bool IsPublishedReading { get; init; }
    /// <summary>The administration in office on its date (see /api/v1/administrations); null when undated or on a change of government.</summary>
    public required string? AdministrationId { get; init; }
    /// <summary>Source, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A presidential administration of Peru, 1985-2011.</summary>
public sealed record AdministrationDto
{
    /// <summary>Slug, such as <c>toledo-2001</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The president.</summary>
    public required string President { get; init; }
    /// <summary>Which of the president's terms (Fujimori's third, 2000, was cut short).</summary>
    public required int Term { get; init; }
    /// <summary>First day in office.</summary>
    public required DateOnly StartDate { get; init; }
    /// <summary>The day the next administration took office.</summary>
    public required DateOnly EndDate { get; init; }
    /// <summary>paper when the paper states the dates; external when they are general knowledge (the paper gives years at most).</summary>
    public required DateBasis DateBasis { get; init; }
    /// <summary>How the paper refers to it ("The Toledo regime (2001-2006)"); null when it does not name it.</summary>
    public required string? PaperDatesAsPrinted { get; init; }
    /// <summary>The section or table that names it; null when the paper does not (listed so every act has its administration).</summary>
    public required string? SourceId { get; init; }
    /// <summary>Footnote markers where the paper names it in a footnote.</summary>
    public required IReadOnlyList<string> Footnotes { get; init; }
    /// <summary>Why it is listed and what the paper says of it.</summary>
    public required string? Note { get; init; }
}
