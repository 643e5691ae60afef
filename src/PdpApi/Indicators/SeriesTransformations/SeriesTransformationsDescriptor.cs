namespace PdpApi.Indicators.SeriesTransformations;

public sealed class SeriesTransformationsDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "series-transformations";

    public override int Position => 14;
    public override string Id => IndicatorId;
    public override string Name => "Transformations of a stored series";
    public override string Measures => "Change, percent change, compound annual growth between two periods, and share of a total, for any series the API serves.";
    public override string Formula => "Change: this value minus the previous. Percent change: the change over the previous value. CAGR: (end / start)^(1 / years) - 1. Share: the value over the given total.";
    public override string FormulaSymbols => "d_t = v_t - v_{t-1}; pct_t = d_t / v_{t-1} x 100; cagr = ((v_b / v_a)^(1/years) - 1) x 100; share = v / total x 100";
    public override IReadOnlyList<string> Inputs => ["series, transformation, dimension, from, to (caller)", "the series' observations (/api/v1/series/{code}/observations)"];
    public override string Unit => "the series' unit (change), percent (others)";
    public override IReadOnlyList<string> SourceTables => [];
}
