namespace PdpApi.Indicators.EffectiveProtection;

public sealed class EffectiveProtectionDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "effective-protection";

    public override int Position => 2;
    public override string Id => IndicatorId;
    public override string Name => "Effective rate of protection (calculator)";
    public override string Measures => "How much a tariff structure raises value added per unit of output above its free-trade level, for a caller's output tariff, input coefficients and input tariffs (Corden, or Balassa with non-traded inputs).";
    public override string Formula => "The output tariff minus the input-weighted tariffs of the traded inputs, over one minus the traded inputs' coefficients (Corden: non-traded inputs count as value added) or minus all inputs' coefficients (Balassa: non-traded inputs count as inputs without tariff).";
    public override string FormulaSymbols => "ERP = (t_j - sum(a_ij t_i)) / (1 - sum(a_ij)) x 100";
    public override IReadOnlyList<string> Inputs => ["outputTariff (percent)", "coefficients: input shares a_ij of the output's value at free-trade prices, each in [0, 1), summing below 1", "inputTariffs (percent)", "traded flags (Balassa)", "method: corden or balassa"];
    public override string Unit => "percent";
    public override IReadOnlyList<string> SourceTables => [];
}
