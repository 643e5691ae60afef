namespace PdpApi.Indicators.CostEffectiveness;

public sealed class CostEffectivenessDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "cost-effectiveness";

    public override int Position => 8;
    public override string Id => IndicatorId;
    public override string Name => "Cost-effectiveness of the PDP institutions";
    public override string Measures => "Impact against resources: each institution's mean impact score (its own view and its beneficiaries'), its resources per beneficiary, and impact per US$ of resources per beneficiary, ranked.";
    public override string Formula => "Mean impact: the average score over the seven impact dimensions of Table 18. Resources per beneficiary: as Table 18 prints it. Cost-effectiveness: mean impact over resources per beneficiary.";
    public override string FormulaSymbols => "impact_i = mean_d(score_id); ce_i = impact_i / rpb_i";
    public override IReadOnlyList<string> Inputs => ["Table 18 impact scores, resources per beneficiary and beneficiaries (/api/v1/institution-figures?dataset=impacts)"];
    public override string Unit => "score (1-5); US$ per beneficiary; score per US$ per beneficiary";
    public override IReadOnlyList<string> SourceTables => ["table-18"];

    /// <summary>What the reader of every result should know.</summary>
    public static readonly IReadOnlyList<string> Notes =
    [
        "Table 18 prints resources per beneficiary and beneficiaries; the resources used are their product (the implied total, US$), so resources per beneficiary reproduces the printed figure.",
        "Mean impact: the average of the seven impact dimensions (output, exports, TFP, diversification, employment, poverty, coordination) on the survey's 1-5 scale.",
        "The periods differ by institution (2005 for PROMPERU, 2008 estimates for MI EMPRESA, 2001-2007 for INCAGRO ...): see /api/v1/institution-figures?dataset=impacts.",
    ];
}
