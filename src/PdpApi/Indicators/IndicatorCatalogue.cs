namespace PdpApi.Indicators;

/// <summary>The indicators of /api/v1/indicators: every <see cref="IndicatorDescriptor"/> in this assembly, by position.</summary>
public static class IndicatorCatalogue
{
    public static readonly IReadOnlyList<IndicatorDescriptor> Descriptors = typeof(IndicatorDescriptor).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(IndicatorDescriptor)) && !t.IsAbstract)
        .Select(t => (IndicatorDescriptor)Activator.CreateInstance(t)!)
        .OrderBy(d => d.Position)
        .ToList();

    public static readonly IReadOnlyList<IndicatorDto> All = Descriptors.Select(d => d.ToDto()).ToList();
}
