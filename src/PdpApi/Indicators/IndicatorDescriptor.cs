namespace PdpApi.Indicators;

/// <summary>
/// What an indicator is: each indicator's folder holds one descriptor, and the catalogue at /api/v1/indicators lists
/// every descriptor it finds, so adding an indicator is adding a folder.
/// </summary>
public abstract class IndicatorDescriptor
{
    /// <summary>Where the catalogue lists it: ascending, unique.</summary>
    public abstract int Position { get; }
    /// <summary>Stable id; also the last segment of its URL, and its folder's name in PascalCase.</summary>
    public abstract string Id { get; }
    public abstract string Name { get; }
    /// <summary>What it measures and what the paper says about it.</summary>
    public abstract string Measures { get; }
    public abstract string Formula { get; }
    public abstract string FormulaSymbols { get; }
    /// <summary>Stored data (with the resource they come from) or parameters the caller gives.</summary>
    public abstract IReadOnlyList<string> Inputs { get; }
    public abstract string Unit { get; }
    /// <summary>The paper's tables and sections the stored inputs come from; empty for a calculator on the caller's numbers.</summary>
    public abstract IReadOnlyList<string> SourceTables { get; }
    public virtual string Method => "GET";

    public IndicatorDto ToDto() => new()
    {
        Id = Id,
        Name = Name,
        Measures = Measures,
        Formula = Formula,
        FormulaSymbols = FormulaSymbols,
        Inputs = Inputs,
        Unit = Unit,
        SourceTables = SourceTables,
        Url = $"/api/v1/indicators/{Id}",
        Method = Method,
    };
}
