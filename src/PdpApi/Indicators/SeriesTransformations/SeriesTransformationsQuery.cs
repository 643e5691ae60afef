using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using PdpApi.Api;

namespace PdpApi.Indicators.SeriesTransformations;

/// <summary>Parameters of a series transformation.</summary>
public sealed class SeriesTransformationsQuery : IReportsQueryErrors
{
    public static readonly IReadOnlyList<string> Transformations = ["change", "percent-change", "cagr", "share"];

    /// <summary>The series code.</summary>
    [FromQuery(Name = "series"), BindRequired]
    public string Series { get; init; } = "";

    /// <summary>change, percent-change, cagr or share.</summary>
    [FromQuery(Name = "transformation"), BindRequired]
    public string Transformation { get; init; } = "";

    /// <summary>The dimension value (required for change, percent-change and cagr on a series with a dimension).</summary>
    [FromQuery(Name = "dimension")]
    public string? Dimension { get; init; }

    /// <summary>cagr: the first period (as labelled, 1991-1995).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>cagr: the last period.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>share: the period whose values are shared out.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>share: the total to divide by; default the series' total row, else the sum of the values.</summary>
    [FromQuery(Name = "total")]
    public double? Total { get; init; }

    /// <summary>The transformation asked for; which other parameters it needs depends on the series, checked against its observations.</summary>
    internal string ParseTransformation(QueryErrors errors)
    {
        var kind = QueryGrammar.ListOf(Transformation, Transformations, "transformation", errors);
        if (kind.Count > 1)
            errors.Add("transformation", "give one transformation: change, percent-change, cagr or share.");
        return kind.Count == 0 ? "" : kind[0];
    }
}
