namespace PdpApi.Indicators.Concentration;

/// <summary>A share distribution the concentration indicator can measure, and what a reader should know about it.</summary>
/// <param name="Name">The dataset parameter's value.</param>
/// <param name="Note">Which categories are used and why.</param>
/// <param name="Series">For a dataset of stored series: the series codes.</param>
/// <param name="Leaves">For a dataset of stored series: the leaf categories (the tables print subtotals beside their parts).</param>
public sealed record ConcentrationDataset(string Name, string Note, IReadOnlyList<string> Series, IReadOnlyList<string> Leaves)
{
    public bool IsFdi => Name is ConcentrationDatasets.FdiFlows or ConcentrationDatasets.FdiStocks;
}

public static class ConcentrationDatasets
{
    public const string FdiFlows = "fdi-flows";
    public const string FdiStocks = "fdi-stocks";
    public const string NtbShares = "ntb-shares";

    private const string FdiNote = "Table 17's ten sectors (primary and non-primary are their subtotals). Negative flow shares (telecommunications 2001-2005 and 2006) are left out; some columns do not add to 100 as printed (seed/notes/fdi.md).";

    public static readonly IReadOnlyList<ConcentrationDataset> All =
    [
        new(FdiFlows, FdiNote, [], []),
        new(FdiStocks, FdiNote, [], []),
        new(NtbShares, "Table 9: each country's NTBs by sector (agriculture and food; mining, petroleum and gas; manufactures; rest), 2002.", [], []),
        new("export-structure",
            "Table A2's sector export shares; its four manufacturing branches are not all of manufactures, so the categories used cover less than 100 (inputTotal) and shares are normalised to them.",
            ["ta2-sector-export-share"],
            ["mining", "agriculture", "fishing", "petroleum-and-derivatives", "food-beverage", "chemicals", "metal-mechanic", "textiles-and-apparel"]),
        new("output-structure",
            "Table A3's output shares of the primary sectors and manufactures (of gross output value to 2000, of GDP from 2001, footnote 4); the rest of the economy is not printed, so shares are normalised to the printed sectors (inputTotal).",
            ["ta3-sector-output-share-of-tgv", "ta3-sector-output-share-of-gdp"],
            ["mining", "agriculture", "fishing", "manufactures"]),
        new("gdp-structure",
            "Table 1's six sectors (not its export/non-export or primary/non-primary splits, which overlap them); after 1990 they cover 81-90 percent of GDP as printed (inputTotal).",
            ["t1-real-gdp-shares"],
            ["agriculture", "mining", "fishing", "manufacturing", "construction", "others"]),
    ];

    public static readonly IReadOnlyList<string> Names = All.Select(d => d.Name).ToList();
}
