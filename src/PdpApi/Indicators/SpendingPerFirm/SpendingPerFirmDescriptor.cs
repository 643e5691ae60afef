namespace PdpApi.Indicators.SpendingPerFirm;

public sealed class SpendingPerFirmDescriptor : IndicatorDescriptor
{
    public const string IndicatorId = "spending-per-firm";

    public override int Position => 10;
    public override string Id => IndicatorId;
    public override string Name => "Public spending per micro and small firm per month";
    public override string Measures => "The selected institutions' spending spread over the country's micro and small firms, per month, beside the figure the paper quotes.";
    public override string Formula => "Annual spending over the number of firms, over twelve months.";
    public override string FormulaSymbols => "s = E / N / 12";
    public override IReadOnlyList<string> Inputs => ["Table 5 total expenditure (/api/v1/institution-figures?dataset=expenditure)", "number of micro and small firms (Table A5, /api/v1/series/ta5-micro-and-small-firms-count)", "the quoted figure (/api/v1/series/text-pdp-expenditure-per-micro-small-firm)"];
    public override string Unit => "US$ per firm per month";
    public override IReadOnlyList<string> SourceTables => ["table-5", "table-a5", "section-3.3"];

    /// <summary>What the reader of the result should know.</summary>
    public static readonly IReadOnlyList<string> Notes =
    [
        "Expenditure: Table 5's annual average total expenditure for 2006-2007, millions of US$; for INCAGRO, which Table 5 gives no total for, its investment expenditure (the only spending it prints).",
        "Firms: Table A5's total of micro and small firms (2006). The text does not say which figures it divided; these reproduce its US$3.2.",
    ];
}
