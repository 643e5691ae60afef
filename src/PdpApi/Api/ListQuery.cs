using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace PdpApi.Api;

/// <summary>The parameters every collection takes: paging, sorting and the output format.</summary>
public abstract class ListQuery : IReportsQueryErrors
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    public const int MaxPage = 1_000_000;

    /// <summary>Page number, starting at 1. A page past the last one is empty.</summary>
    [FromQuery(Name = "page")]
    [DefaultValue(1)]
    [Range(1, MaxPage, ErrorMessage = "page must be a whole number from {1} to {2}.")]
    public int Page { get; init; } = 1;

    /// <summary>Items per page, from 1 to 500.</summary>
    [FromQuery(Name = "pageSize")]
    [DefaultValue(DefaultPageSize)]
    [Range(1, MaxPageSize, ErrorMessage = "pageSize must be a whole number from {1} to {2}.")]
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>
    /// Sort order: field names separated by commas, each optionally prefixed with '-' for descending
    /// (for example <c>-name,id</c>). Ties are broken by the resource's id, so pages are stable.
    /// </summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Output format, <c>json</c> or <c>csv</c>; takes precedence over the Accept header.</summary>
    [FromQuery(Name = "format")]
    public string? Format { get; init; }
}

/// <summary>A query whose sort fields are listed in the OpenAPI document.</summary>
public interface ISortableQuery
{
    static abstract IReadOnlyList<string> SortFieldNames { get; }
}
