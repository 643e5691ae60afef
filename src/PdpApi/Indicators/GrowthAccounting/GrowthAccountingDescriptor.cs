namespace PdpApi.Indicators.GrowthAccounting;

public sealed class GrowthAccountingDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "growth-accounting";

    public override int Position => 6;
    public override string Id => IndicatorId;
    public override string Name => "Growth accounting: the TFP residual";
    public override string Measures => "Total factor productivity growth as the part of GDP growth that labour and capital do not account for, from Table 1's sources of growth, beside the TFP the table prints.";
    public override string Formula => "GDP growth minus the contributions of labour and capital.";
    public override string FormulaSymbols => "TFP = g_Y - c_L - c_K";
    public override IReadOnlyList<string> Inputs => ["Table 1 GDP growth and contributions of labour and capital (/api/v1/series/t1-growth-accounting-contributions)"];
    public override string Unit => "percentage points per year";
    public override IReadOnlyList<string> SourceTables => ["table-1"];

    /// <summary>What the reader of every result should know.</summary>
    public static readonly IReadOnlyList<string> Notes = ["Table 1, part III: contributions in percentage points of GDP growth; the tolerance allows for the rounding of the printed TFP and of GDP growth, labour and capital (0.05 each)."];
}
