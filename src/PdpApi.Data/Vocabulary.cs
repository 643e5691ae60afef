namespace PdpApi.Data;

/// <summary>
/// The closed lists of values that some text fields take. The seed loader rejects a value outside them, and the API
/// rejects a filter value outside them with the list, so a typo is an error rather than an empty result.
/// </summary>
public static class Vocabulary
{

    public static readonly string[] GoalFlags = ["achievement-not-ratio", "unit-unclear", "same-cells-as-ii-1", "placeholder-zero"];

}
