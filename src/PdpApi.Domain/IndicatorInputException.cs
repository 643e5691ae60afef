namespace PdpApi.Domain;

/// <summary>An input an indicator cannot be computed from: names the parameter and says what it accepts.</summary>
public sealed class IndicatorInputException(string parameter, string message) : ArgumentException(message, parameter)
{
    /// <summary>The input at fault, as the caller named it (for an HTTP caller, the query or body field).</summary>
    public string Parameter { get; } = parameter;

    /// <summary>What is wrong with it and what is accepted.</summary>
    public string Problem { get; } = message;
}
