namespace PdpApi.Indicators.PreferenceMargins;

public sealed class PreferenceMarginsDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "preference-margins";

    public override int Position => 7;
    public override string Id => IndicatorId;
    public override string Name => "Preference margins";
    public override string Measures => "How much lower each agreement's average preferential tariff is than the MFN average, overall and for agriculture where Table 10 gives it (2006).";
    public override string Formula => "The MFN average tariff minus the agreement's average preferential tariff.";
    public override string FormulaSymbols => "margin_a = t_MFN - t_a";
    public override IReadOnlyList<string> Inputs => ["Table 10 MFN and preferential averages (/api/v1/ptas)"];
    public override string Unit => "percentage points";
    public override IReadOnlyList<string> SourceTables => ["table-10"];
}
