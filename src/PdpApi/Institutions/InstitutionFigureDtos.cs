using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Institutions;

/// <summary>
/// One value of the institutions' tables: Table 4 (government investment by type), 5 (expenditure of the selected PDPs),
/// 6 (staff, age, budget, beneficiaries), 12 (institutions' and beneficiaries' perceptions) and 18 (impact indicators);
/// and the terms of COFIDE's export-finance programmes FIEX and SEPYMEX that Section 6.2 quotes in its text.
/// </summary>
public sealed record InstitutionFigureDto
{
    /// <summary>Stable id of the value.</summary>
    public required int Id { get; init; }
    /// <summary>government-investment (Table 4), expenditure (5), features (6), perceptions (12), impacts (18) or export-finance (Section 6.2's text: FIEX's loans, SEPYMEX's credit insurance).</summary>
    public required InstitutionFigureDataset Dataset { get; init; }
    /// <summary>The institution (id of /api/v1/institutions); null for rows that are not one (totals, investment types, survey dimensions).</summary>
    public required string? InstitutionId { get; init; }
    /// <summary>The institution as the table prints it.</summary>
    public required string? InstitutionAsPrinted { get; init; }
    /// <summary>The row, when it is not an institution (such as <c>institutional</c> in Table 4).</summary>
    public required string? RowId { get; init; }
    /// <summary>The row label as printed.</summary>
    public required string? RowAsPrinted { get; init; }
    /// <summary>The group heading the row sits under, as printed.</summary>
    public required string? GroupAsPrinted { get; init; }
    /// <summary>The years the value covers: its footnote's years where a footnote gives them (Table 5's CITE regional and central shares, "Period 2004-2005." under 2001-2005), else the period printed for it; null for a value whose period the paper does not state (the note says so), such as a programme's terms.</summary>
    public required PeriodDto? Period { get; init; }
    /// <summary>The heading of the column the value is printed under, in the tables with period columns (4 and 5); equal to period.label unless a footnote moved the value. Null in the tables without period columns, whose period comes from the title or the cell.</summary>
    public required string? PeriodAsPrinted { get; init; }
    /// <summary>What the value measures, unit included (expenditure-structure-share-percent, staff-count, annual-budget-millions-usd, impact-score, resources-per-beneficiary-usd, maximum-working-capital-loan-millions-usd...).</summary>
    public required string Measure { get; init; }
    /// <summary>institution or beneficiary, where a table gives both views (Tables 12 and 18).</summary>
    public required Respondent? Respondent { get; init; }
    /// <summary>The question or dimension (Tables 12 and 18), as a slug.</summary>
    public required string? Dimension { get; init; }
    /// <summary>The dimension as printed.</summary>
    public required string? DimensionAsPrinted { get; init; }
    /// <summary>The value in the measure's unit; null when the paper gives none (see nullReason).</summary>
    public required double? Value { get; init; }
    /// <summary>The cell as printed.</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>Why the value is null: not-available (printed Na, n.a.) or not-applicable.</summary>
    public required NullReason? NullReason { get; init; }
    /// <summary>Columns only one table has (the beneficiary a Table 6 figure describes, a Table 12 scale level; for a figure quoted in the text, the paper's words as description, its valueQualifier such as up-to or between, and its bound: at-most, or lower and upper for the ends of a range).</summary>
    public required IReadOnlyDictionary<string, string> Details { get; init; }
    /// <summary>Source table, footnotes and transcription note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A respondent to the paper's questionnaire (Table A9, part I): position and institution; names are never published.</summary>
public sealed record SurveyRespondentDto
{
    /// <summary>Stable id.</summary>
    public required int Id { get; init; }
    /// <summary>The institution (id of /api/v1/institutions).</summary>
    public required string? InstitutionId { get; init; }
    /// <summary>The institution as printed.</summary>
    public required string InstitutionAsPrinted { get; init; }
    /// <summary>The respondent's position as printed.</summary>
    public required string PositionAsPrinted { get; init; }
    /// <summary>Source table and note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}

/// <summary>A beneficiary firm that answered the questionnaire (Table A9, part II).</summary>
public sealed record BeneficiaryFirmDto
{
    /// <summary>Slug.</summary>
    public required string Id { get; init; }
    /// <summary>The firm's name as printed.</summary>
    public required string Name { get; init; }
    /// <summary>The position of the person who answered for it, as printed (no names).</summary>
    public required string? RespondentPositionAsPrinted { get; init; }
    /// <summary>The institution it benefited from, as printed.</summary>
    public required string? InstitutionAsPrinted { get; init; }
    /// <summary>Those institutions' ids.</summary>
    public required IReadOnlyList<string> InstitutionIds { get; init; }
    /// <summary>Source table and note.</summary>
    public required ProvenanceDto Provenance { get; init; }
}
