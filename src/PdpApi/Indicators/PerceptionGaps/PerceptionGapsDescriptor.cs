namespace PdpApi.Indicators.PerceptionGaps;

public sealed class PerceptionGapsDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "perception-gaps";

    public override int Position => 9;
    public override string Id => IndicatorId;
    public override string Name => "Perception gaps between institutions and beneficiaries";
    public override string Measures => "For each dimension of Tables 12 and 18, the institutions' score minus the beneficiaries' score.";
    public override string Formula => "Institution's score minus beneficiaries' score, per dimension.";
    public override string FormulaSymbols => "gap_d = I_d - B_d";
    public override IReadOnlyList<string> Inputs => ["Tables 12 and 18 (/api/v1/institution-figures?dataset=perceptions,impacts)"];
    public override string Unit => "points of the survey's scale";
    public override IReadOnlyList<string> SourceTables => ["table-12", "table-18"];

    /// <summary>What the reader of every result should know.</summary>
    public static readonly IReadOnlyList<string> Notes = ["Table 12 pools all respondents (no institution); Table 18 gives each institution's and its beneficiaries' scores. A positive gap: the institution rates itself higher than its beneficiaries do."];
}
