namespace PdpApi.Indicators.LegalInstability;

public sealed class LegalInstabilityDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "legal-instability";

    public override int Position => 11;
    public override string Id => IndicatorId;
    public override string Name => "Legal instability";
    public override string Measures => "How often the legal basis of the PDP institutions changed: legal acts per institution, per administration and per decade, and the mean interval between an institution's successive acts.";
    public override string Formula => "Counts of dated acts; the mean of the intervals between successive acts of one body (a date known only to the year is taken at mid-year).";
    public override string FormulaSymbols => "n_i = #acts_i; interval_i = mean(t_{k+1} - t_k)";
    public override IReadOnlyList<string> Inputs => ["legal events (/api/v1/legal-events)"];
    public override string Unit => "acts; years";
    public override IReadOnlyList<string> SourceTables => ["table-11", "table-a1", "section-5"];

    /// <summary>What the reader of the result should know.</summary>
    public static readonly IReadOnlyList<string> Notes =
    [
        "An act that concerns several bodies (a merger) counts once for each of them.",
        "Acts whose year the paper does not print are left out (undatedActsLeftOut); a year inferred from the text is not used.",
    ];
}
