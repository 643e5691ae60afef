using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Domain;

namespace PdpApi.Indicators.EffectiveProtection;

[Tags("Indicators")]
public sealed partial class EffectiveProtectionEndpoint : IndicatorEndpoint
{
    /// <summary>Compute an effective rate of protection</summary>
    /// <remarks>
    /// The effective rate of protection for the caller's output tariff and inputs: (t_j - sum a_ij t_i) / (1 - sum a_ij) when
    /// every input is traded. Inputs marked non-traded carry no tariff; Corden (the default) counts them as part of value
    /// added, Balassa as inputs (so the denominator also subtracts their coefficients). Coefficients are the inputs' shares
    /// of the output's value at free-trade prices, each in [0, 1) and together below 1.
    /// </remarks>
    [HttpGet(EffectiveProtectionDescriptor.IndicatorId, Name = "computeEffectiveProtection")]
    [ExpensiveOperation]
    [Produces("application/json")]
    [ProducesResponseType<EffectiveProtectionResult>(StatusCodes.Status200OK)]
    public ActionResult<EffectiveProtectionResult> Compute([FromQuery] EffectiveProtectionQuery query)
    {
        var errors = QueryErrors.Of(HttpContext);
        var (inputs, method) = query.Parse(errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        try
        {
            return Domain.EffectiveProtection.Compute(query.OutputTariff, inputs, method);
        }
        catch (IndicatorInputException error)
        {
            // The service names its inputs as a list of records; the caller sent parallel query lists.
            var item = InputItem().Match(error.Parameter);
            var parameter = error.Parameter switch
            {
                "outputTariffPercent" => "outputTariff",
                _ when item.Success && item.Groups[2].Value == "tariffPercent" => "inputTariffs",
                _ => "coefficients",
            };
            var where = item.Success ? $"input {int.Parse(item.Groups[1].Value, CultureInfo.InvariantCulture) + 1}: " : "";
            throw new IndicatorInputException(parameter, where + error.Problem);
        }
    }

    [GeneratedRegex(@"^inputs\[(\d+)\](?:\.(\w+))?$")]
    private static partial Regex InputItem();
}
