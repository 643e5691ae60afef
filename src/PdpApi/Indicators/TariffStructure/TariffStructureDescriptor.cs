namespace PdpApi.Indicators.TariffStructure;

public sealed class TariffStructureDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "tariff-structure";

    public override int Position => 1;
    public override string Id => IndicatorId;
    public override string Name => "Tariff structure from the tariff-line distribution";
    public override string Measures => "The level and dispersion of MFN tariffs: mean, standard deviation, coefficient of variation and share of lines at the peak rate, recomputed from the lines at each rate (Table 7) or the share of lines in each band (Table A7), beside the averages and deviations the paper prints.";
    public override string Formula => "Mean: the line-weighted average rate. Standard deviation: the square root of the line-weighted mean squared deviation from it. Coefficient of variation: standard deviation over mean. Peak share: lines at the highest rate over all lines.";
    public override string FormulaSymbols => "mean = sum(w_i r_i) / sum(w_i); sd = sqrt(sum(w_i (r_i - mean)^2) / sum(w_i)); cv = sd / mean; peak = w_max / sum(w_i)";
    public override IReadOnlyList<string> Inputs => ["Table 7 lines by rate (/api/v1/tariffs/schedules)", "Table A7 shares of lines by band, all goods (/api/v1/tariffs/band-shares), each band at its midpoint", "Table A6 averages and deviations (/api/v1/tariffs/structure)"];
    public override string Unit => "percent (mean, standard deviation in percentage points), ratio (coefficient of variation), percent of lines (peak share)";
    public override IReadOnlyList<string> SourceTables => ["table-7", "table-a6", "table-a7"];

    /// <summary>What the reader of every result should know.</summary>
    public static readonly IReadOnlyList<string> Notes =
    [
        "Table 7's printed average and deviation for September 1990 do not follow from its lines, which are the same as December 1990's (seed/README.md, Data notes).",
        "Table A7 gives shares of lines by band, not rates: each band stands for the rate in bandRates, so its mean and deviation are approximations (the closed bands are 5 points wide; the open 'over 20' band has no upper bound). They are compared with Table A6's all-goods average and deviation for the same year.",
        "Several Table A7 cells are placed by inference (their placement is in /api/v1/tariffs/band-shares); a year with a missing cell is left out.",
    ];
}
