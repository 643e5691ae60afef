using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.ExportIncentives;

/// <summary>Filters of the rule collections, besides paging, sorting and format.</summary>
public sealed class IncentiveRuleQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<IncentiveRule> Sorting = new SortFields<IncentiveRule>()
        .Add("position", r => r.Position)
        .Add("instrumentYear", r => r.InstrumentYear)
        .Add("validFromYear", r => r.ValidFromYear);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>rate, threshold, exclusion, requirement, benefit or other. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "ruleType")]
    public IReadOnlyList<IncentiveRuleType>? RuleType { get; init; }

    /// <summary>A year: the rules valid in it (a rule with no stated end is taken as still valid), or a range.</summary>
    [FromQuery(Name = "year")]
    public string? Year { get; init; }

    internal IQueryable<IncentiveRule> Apply(IQueryable<IncentiveRule> rules, IncentiveRegime regime, QueryErrors errors)
    {
        var types = RuleType ?? [];
        var years = QueryGrammar.Range(Year, "year", errors, 1900, 2100);
        var order = Sorting.Parse(Sort, errors);
        rules = rules.Where(r => r.Regime == regime);
        if (types.Count > 0)
            rules = rules.Where(r => types.Contains(r.RuleType));
        if (years?.From is { } from)
            rules = rules.Where(r => r.ValidToYear == null || r.ValidToYear >= from);
        if (years?.To is { } to)
            rules = rules.Where(r => (r.ValidFromYear ?? r.InstrumentYear ?? r.InForceAsOfYear) <= to);
        return order(rules);
    }
}

/// <summary>Filters of Tables 13 and 14, besides paging, sorting and format.</summary>
public sealed class IncentiveTradeValueQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<IncentiveTradeValue> Sorting = new SortFields<IncentiveTradeValue>()
        .Add("id", v => v.Id)
        .Add("sector", v => v.SectorPosition)
        .Add("period", v => v.Period.StartYear)
        .Add("value", v => v.Value);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Sector slug, such as <c>textiles-and-apparel</c>. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "sector")]
    public string? Sector { get; init; }

    /// <summary>Period: a year (2006) returns the periods that contain it; a range or a period as printed (2003-2005) the periods that overlap it.</summary>
    [FromQuery(Name = "period")]
    public string? Period { get; init; }

    /// <summary>Measure id (see the measure field). Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "measure")]
    public string? Measure { get; init; }

    internal IQueryable<IncentiveTradeValue> Apply(IQueryable<IncentiveTradeValue> values, string dataset, QueryErrors errors)
    {
        var sectors = QueryGrammar.Slugs(Sector, "sector", errors);
        var period = QueryGrammar.PeriodRange(Period, "period", errors);
        var allowed = TradeValueMeasures.Of(dataset);
        var measures = QueryGrammar.ListOf(Measure, allowed.Select(EnumText.Name).ToList(), "measure", errors)
            .Select(name => allowed.First(m => EnumText.Name(m) == name)).ToList();
        var order = Sorting.Parse(Sort, errors);
        values = values.Where(v => v.Dataset == dataset);
        if (sectors.Count > 0)
            values = values.Where(v => sectors.Contains(v.SectorId));
        values = values.WhereOverlaps(period, v => v.Period.StartYear, v => v.Period.EndYear);
        if (measures.Count > 0)
            values = values.Where(v => measures.Contains(v.Measure));
        return order(values);
    }
}

/// <summary>Filters of /api/v1/export-incentives/free-zones, besides paging, sorting and format.</summary>
public sealed class FreeZoneQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<FreeZone> Sorting = new SortFields<FreeZone>()
        .Add("position", z => z.Key)
        .Add("createdYear", z => z.CreatedYear)
        .Add("id", z => z.Id);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>free-zone, ceticos, special-trade-zone or special-economic-zone. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "kind")]
    public IReadOnlyList<FreeZoneKind>? Kind { get; init; }

    /// <summary>true (the default) returns one version per zone, the preferred one; false returns every reading the paper gives.</summary>
    [FromQuery(Name = "preferredOnly")]
    public bool PreferredOnly { get; init; } = true;

    internal IQueryable<FreeZone> Apply(IQueryable<FreeZone> zones, QueryErrors errors)
    {
        var kinds = Kind ?? [];
        var order = Sorting.Parse(Sort, errors);
        if (kinds.Count > 0)
            zones = zones.Where(z => kinds.Contains(z.Kind));
        if (PreferredOnly)
            zones = zones.Where(z => z.PreferredReading);
        return order(zones);
    }
}
