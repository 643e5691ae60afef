namespace PdpApi.Api;

/// <summary>Lists stored in one text cell, separated by ';' as the seed writes them.</summary>
public static class ListCells
{
    /// <summary>"a;b" as a list; null as an empty list.</summary>
    public static string[] Split(string? list) => list == null ? [] : list.Split(';');

    /// <summary>"6;9" as numbers; an empty cell as an empty list.</summary>
    public static int[] SplitInts(string list) =>
        list.Length == 0 ? [] : list.Split(';').Select(i => int.Parse(i, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
