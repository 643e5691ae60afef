namespace PdpApi.Indicators.Concentration;

public sealed class ConcentrationDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "concentration";

    public override int Position => 5;
    public override string Id => IndicatorId;
    public override string Name => "Concentration of a share distribution";
    public override string Measures => "How concentrated a distribution of shares is: the combined share of the k largest categories and the Herfindahl-Hirschman index, over leaf categories only (subtotals are left out, and the response lists the categories used).";
    public override string Formula => "CR-k: the sum of the k largest shares. HHI: the sum of squared shares (as fractions). Normalised HHI: (HHI - 1/n) / (1 - 1/n).";
    public override string FormulaSymbols => "CR_k = sum_{i<=k} s_(i); HHI = sum(s_i^2); HHI* = (HHI - 1/n) / (1 - 1/n)";
    public override IReadOnlyList<string> Inputs => ["dataset: fdi-flows, fdi-stocks (Table 17), ntb-shares (Table 9), export-structure (Table A2), output-structure (Table A3), gdp-structure (Table 1)", "period", "k"];
    public override string Unit => "percent (CR-k); index in [1/n, 1] and on the 0-10,000 scale (HHI)";
    public override IReadOnlyList<string> SourceTables => ["table-17", "table-9", "table-a2", "table-a3", "table-1"];

    /// <summary>What the reader of every result should know, after the dataset's own note.</summary>
    public const string ComparisonNote = "CR-k and HHI use shares of the categories used (value / inputTotal); a comparison with a quoted figure uses the printed shares of the k largest, unnormalised, as the text adds them.";
}
