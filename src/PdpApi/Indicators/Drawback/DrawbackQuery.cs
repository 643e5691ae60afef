using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace PdpApi.Indicators.Drawback;

/// <summary>The export to check; the calculator validates the values and names the one at fault.</summary>
public sealed class DrawbackQuery
{
    /// <summary>Year of the export (the rules cover 1995-2007).</summary>
    [FromQuery(Name = "year"), BindRequired]
    public int Year { get; init; }

    /// <summary>FOB export value of the tariff line, US$ (more than 0).</summary>
    [FromQuery(Name = "fobExportValueUsd"), BindRequired]
    public double FobExportValueUsd { get; init; }

    /// <summary>CIF value of the imported inputs it incorporates, US$ (0 or more).</summary>
    [FromQuery(Name = "cifImportedInputsUsd"), BindRequired]
    public double CifImportedInputsUsd { get; init; }

    /// <summary>HS code of the exported product, 2 to 10 digits.</summary>
    [FromQuery(Name = "hsHeading"), BindRequired]
    public string HsHeading { get; init; } = "";

    /// <summary>Whether any input entered under a concessional, preferential or duty-free regime.</summary>
    [FromQuery(Name = "inputsUnderPreferentialRegime"), BindRequired]
    public bool InputsUnderPreferentialRegime { get; init; }

    /// <summary>Exports of the product's tariff heading in the previous year, US$, for the 2007 ceiling; omit when unknown.</summary>
    [FromQuery(Name = "tariffHeadingExportsPreviousYearUsd")]
    public double? TariffHeadingExportsPreviousYearUsd { get; init; }
}
