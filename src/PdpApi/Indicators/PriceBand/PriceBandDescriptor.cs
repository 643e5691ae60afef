namespace PdpApi.Indicators.PriceBand;

public sealed class PriceBandDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "price-band";

    public override int Position => 13;
    public override string Id => IndicatorId;
    public override string Name => "Price-band (variable specific duty) calculator";
    public override string Measures => "The floor price and the specific duty of the price-band system of Section 4.1, step by step, from the caller's monthly FOB prices.";
    public override string Formula => "Past prices are brought to current dollars with US CPI factors; the floor is their 60-month mean plus a share of their standard deviation; the duty is the margin factor times the amount by which the floor exceeds the reference price.";
    public override string FormulaSymbols => "p*_m = p_m f_m; floor = mean(p*) + k sd(p*); duty = m (floor - reference) when positive, else 0";
    public override IReadOnlyList<string> Inputs => ["monthlyFobPrices, cpiFactors, standardDeviationShare, marginFactor, referencePrice (caller, JSON body)"];
    public override string Unit => "US$ per tonne";
    public override IReadOnlyList<string> SourceTables => ["section-4.1"];
    public override string Method => "POST";
}
