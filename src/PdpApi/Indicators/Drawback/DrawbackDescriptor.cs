namespace PdpApi.Indicators.Drawback;

public sealed class DrawbackDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "drawback";

    public override int Position => 12;
    public override string Id => IndicatorId;
    public override string Name => "Export drawback calculator";
    public override string Measures => "Whether an export qualifies for the drawback in a given year, which rule (and decree) decides, and the refund.";
    public override string Formula => "The rules in force that year are applied in order; the refund is the rate times the FOB value when every rule is met.";
    public override string FormulaSymbols => "refund = rate(year) x FOB";
    public override IReadOnlyList<string> Inputs => ["year, fobValue, cifInputsValue, hsHeading, preferentialInputs (caller)", "the drawback rules (/api/v1/export-incentives/drawback-rules)"];
    public override string Unit => "US$";
    public override IReadOnlyList<string> SourceTables => ["section-6.2", "table-11", "table-a1"];
}
