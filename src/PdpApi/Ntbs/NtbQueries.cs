using Microsoft.AspNetCore.Mvc;
using PdpApi.Api;
using PdpApi.Data;

namespace PdpApi.Ntbs;

/// <summary>Filters of /api/v1/ntbs/countries, besides paging, sorting and format.</summary>
public sealed class NtbCountryQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<NtbCountry> Sorting = new SortFields<NtbCountry>()
        .Add("position", c => c.Position)
        .Add("name", c => c.Name)
        .Add("totalNtbs", c => c.TotalNtbs)
        .Add("ntbsFacedByPeruExports", c => c.NtbsFacedByPeruExports)
        .Add("weightedAverageNtbsPerTariffLine", c => c.WeightedAverageNtbsPerTariffLine)
        .Add("agricultureFoodSharePercent", c => c.AgricultureFoodSharePercent)
        .Add("manufactureSharePercent", c => c.ManufactureSharePercent);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;

    /// <summary>Country id, such as <c>chile</c> or <c>usa,european-union</c>. Several values separated by commas match any of them.</summary>
    [FromQuery(Name = "country")]
    public string? Country { get; init; }

    internal IQueryable<NtbCountry> Apply(IQueryable<NtbCountry> countries, QueryErrors errors)
    {
        var ids = QueryGrammar.Slugs(Country, "country", errors);
        var order = Sorting.Parse(Sort, errors);
        if (ids.Count > 0)
            countries = countries.Where(c => ids.Contains(c.Id));
        return order(countries);
    }
}

/// <summary>Paging, sorting and format of /api/v1/ntbs/types.</summary>
public sealed class NtbTypeQuery : ListQuery, ISortableQuery
{
    internal static readonly SortFields<NtbType> Sorting = new SortFields<NtbType>().Add("number", t => t.Number).Add("id", t => t.Id);

    public static IReadOnlyList<string> SortFieldNames => Sorting.Names;
}
