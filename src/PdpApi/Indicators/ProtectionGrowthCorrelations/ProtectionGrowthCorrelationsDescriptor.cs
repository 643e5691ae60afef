namespace PdpApi.Indicators.ProtectionGrowthCorrelations;

public sealed class ProtectionGrowthCorrelationsDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "protection-growth-correlations";

    public override int Position => 4;
    public override string Id => IndicatorId;
    public override string Name => "Protection and output growth: correlation";
    public override string Measures => "Whether more protected sectors grew faster: Pearson and Spearman correlation between the tariff (or effective protection) and output growth across Table 8's sectors in each period, with the t statistic and two-sided p-value, beside Table A8's coefficients (computed on other samples: 70 observations pooled for 1990-1992, 26 for 2006).";
    public override string Formula => "Pearson: covariance over the product of standard deviations. Spearman: Pearson on ranks (ties averaged). t = r sqrt((n - 2) / (1 - r^2)) with n - 2 degrees of freedom.";
    public override string FormulaSymbols => "r = sum((x - mx)(y - my)) / sqrt(sum((x - mx)^2) sum((y - my)^2)); t = r sqrt((n-2)/(1-r^2)); p = 2 P(T_{n-2} > |t|)";
    public override IReadOnlyList<string> Inputs => ["Table 8 tariffs, effective protection and output growth by sector (/api/v1/tariffs/sector-protection)", "Table A8 coefficients (/api/v1/tariffs/protection-growth-correlations)"];
    public override string Unit => "coefficient in [-1, 1]; p-value";
    public override IReadOnlyList<string> SourceTables => ["table-8", "table-a8"];

    /// <summary>What the reader of every result should know.</summary>
    public static readonly IReadOnlyList<string> Notes =
    [
        "Computed across Table 8's sectors (one observation each per period). Table A8's coefficients come from other samples (its N column: 70 for 1990-1992 pooled, more than Table 8's sectors; 26 for 2006, compared here with 2006-2007), so a difference is expected and is not an error of either.",
        "Table 8 prints no effective protection for 2006-2007 and Table A8 none for 2006 (n.a.): those results are null with their reasons.",
        "Only values for a sector as a whole are used. For 1990-1992 Table 8 prints the output growth of Beverages and Tobacco and of Plastics and Rubber only by part (beverages, tobacco; rubber, plastic), so those two sectors have no growth for that period and their pairs are dropped.",
    ];
}
