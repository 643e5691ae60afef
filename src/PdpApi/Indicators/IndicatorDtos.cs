using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators;

/// <summary>An indicator the API computes: what it measures, how, from what, and where.</summary>
public sealed record IndicatorDto
{
    /// <summary>Stable id (<c>concentration</c>).</summary>
    public required string Id { get; init; }
    /// <summary>Name.</summary>
    public required string Name { get; init; }
    /// <summary>What it measures and what the paper says about it.</summary>
    public required string Measures { get; init; }
    /// <summary>The formula in words.</summary>
    public required string Formula { get; init; }
    /// <summary>The formula in symbols (plain text).</summary>
    public required string FormulaSymbols { get; init; }
    /// <summary>The inputs: stored data (with the resource they come from) or parameters the caller gives.</summary>
    public required IReadOnlyList<string> Inputs { get; init; }
    /// <summary>Unit of the result.</summary>
    public required string Unit { get; init; }
    /// <summary>The paper's tables and sections the stored inputs come from; empty for a calculator on the caller's numbers.</summary>
    public required IReadOnlyList<string> SourceTables { get; init; }
    /// <summary>Where to compute it (GET unless the method says otherwise).</summary>
    public required string Url { get; init; }
    /// <summary>HTTP method of the url.</summary>
    public required string Method { get; init; }
}

/// <summary>An indicator's results over the periods or items it covers, with the notes that qualify all of them.</summary>
/// <typeparam name="T">The result of one period or item.</typeparam>
public sealed record IndicatorResults<T>
{
    /// <summary>The indicator's id in /api/v1/indicators.</summary>
    public required string Indicator { get; init; }
    /// <summary>What the reader should know about the inputs or the comparison with the paper.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
    /// <summary>One result per period or item.</summary>
    public required IReadOnlyList<T> Results { get; init; }
}

/// <summary>A stored value an indicator used, with where it comes from.</summary>
public sealed record IndicatorInputDto
{
    /// <summary>What the value is (a sector, a band, an institution ...).</summary>
    public required string Id { get; init; }
    /// <summary>The value.</summary>
    public required double? Value { get; init; }
    /// <summary>The cell as printed, where the value is a cell of the paper.</summary>
    public required string? ValueAsPrinted { get; init; }
    /// <summary>Source table or section and footnotes.</summary>
    public required ProvenanceDto? Provenance { get; init; }
}
