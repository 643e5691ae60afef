using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PdpApi.Api;

namespace PdpApi.Indicators.Concentration;

/// <summary>Parameters of the concentration indicator.</summary>
public sealed class ConcentrationQuery : IReportsQueryErrors
{
    public const int DefaultK = 4;

    /// <summary>fdi-flows, fdi-stocks, ntb-shares, export-structure, output-structure or gdp-structure.</summary>
    [FromQuery(Name = "dataset"), BindRequired]
    public string Dataset { get; init; } = "";

    /// <summary>A year or span: the periods that overlap it; all when omitted.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>How many of the largest categories CR-k adds (default 4; at most the number of categories).</summary>
    [FromQuery(Name = "k")]
    public int? K { get; init; }

    /// <summary>The dataset, the years, and k.</summary>
    internal (ConcentrationDataset Dataset, IntRange? Range, int K) Parse(QueryErrors errors)
    {
        var chosen = QueryGrammar.ListOf(Dataset, ConcentrationDatasets.Names, "dataset", errors);
        var range = QueryGrammar.PeriodRange(Period, "period", errors);
        if (chosen.Count > 1)
            errors.Add("dataset", "give one dataset.");
        if (K is < 1)
            errors.Add("k", "k is a whole number of categories, 1 or more.");
        var dataset = chosen.Count == 0 ? ConcentrationDatasets.All[0] : ConcentrationDatasets.All.Single(d => d.Name == chosen[0]);
        return (dataset, range, K ?? DefaultK);
    }
}
