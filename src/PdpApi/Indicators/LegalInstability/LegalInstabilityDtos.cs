using PdpApi.Api;
using PdpApi.Data;
using PdpApi.Domain;

namespace PdpApi.Indicators.LegalInstability;

/// <summary>How often the legal basis of the institutions changed.</summary>
public sealed record LegalInstabilityDto
{
    /// <summary>Dated acts counted (an act counts once per body it concerns).</summary>
    public required int Acts { get; init; }
    /// <summary>Acts left out because the paper prints no year.</summary>
    public required int UndatedActsLeftOut { get; init; }
    /// <summary>Acts per institution, most first.</summary>
    public required IReadOnlyList<InstitutionActCount> PerInstitution { get; init; }
    /// <summary>Acts per administration.</summary>
    public required IReadOnlyList<AdministrationActCount> PerAdministration { get; init; }
    /// <summary>Acts per decade.</summary>
    public required IReadOnlyList<DecadeActCount> PerDecade { get; init; }
    /// <summary>Mean interval between an institution's successive acts.</summary>
    public required IReadOnlyList<InstitutionActInterval> MeanIntervals { get; init; }
    /// <summary>The acts counted, one per body they concern (details at /api/v1/legal-events/{legalEventId}).</summary>
    public required IReadOnlyList<LegalActUsedDto> ActsUsed { get; init; }
    /// <summary>What the reader should know.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}

/// <summary>A legal act counted for one body.</summary>
public sealed record LegalActUsedDto
{
    /// <summary>The legal event (/api/v1/legal-events/{id}).</summary>
    public required string LegalEventId { get; init; }
    /// <summary>The body it is counted for.</summary>
    public required string InstitutionId { get; init; }
    /// <summary>The date as printed.</summary>
    public required string? DateAsPrinted { get; init; }
    /// <summary>The year used.</summary>
    public required int Year { get; init; }
    /// <summary>What the act did (created, merged-into ...).</summary>
    public required LegalEventType EventType { get; init; }
    /// <summary>The administration it falls in.</summary>
    public required string? AdministrationId { get; init; }
    /// <summary>Source, footnotes and note of the act.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
