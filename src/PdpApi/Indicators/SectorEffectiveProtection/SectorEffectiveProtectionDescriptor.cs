namespace PdpApi.Indicators.SectorEffectiveProtection;

public sealed class SectorEffectiveProtectionDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "sector-effective-protection";

    public override int Position => 3;
    public override string Id => IndicatorId;
    public override string Name => "Sector effective protection, ranked";
    public override string Measures => "The paper's effective rates of protection by sector and period (Table 8), ranked from most to least protected.";
    public override string Formula => "Rank by effective protection, descending; ties share a rank; sectors without a value come last.";
    public override string FormulaSymbols => "rank_j = 1 + #{k : ERP_k > ERP_j}";
    public override IReadOnlyList<string> Inputs => ["Table 8 effective protection (/api/v1/tariffs/sector-protection)"];
    public override string Unit => "percent; rank";
    public override IReadOnlyList<string> SourceTables => ["table-8"];

    /// <summary>What the reader of every result should know.</summary>
    public static readonly IReadOnlyList<string> Notes = ["Effective protection as Table 8 prints it; sectors without a value in the period are listed last, without a rank."];
}
