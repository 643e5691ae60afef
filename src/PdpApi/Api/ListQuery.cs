using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;

namespace PdpApi.Api;

/// <summary>The parameters every collection takes: paging, sorting and the output format.</summary>
public abstract class ListQuery : IReportsQueryErrors
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;
    /// <summary>A spreadsheet cannot follow links: CSV pages may be this large, and are unless pageSize says otherwise.</summary>
    public const int CsvMaxPageSize = 10_000;
    public const int MaxPage = 1_000_000;

    /// <summary>Page number, starting at 1. A page past the last one is empty.</summary>
    [FromQuery(Name = "page")]
    [DefaultValue(1)]
    [Range(1, MaxPage, ErrorMessage = "page must be a whole number from {1} to {2}.")]
    public int Page { get; init; } = 1;

    /// <summary>
    /// Items per page: in JSON from 1 to 500 (default 50); in CSV from 1 to 10,000, and without pageSize the whole
    /// collection up to 10,000 rows (a larger one carries a <c>next</c> link and its <c>Total-Count</c>).
    /// </summary>
    [FromQuery(Name = "pageSize")]
    [DefaultValue(DefaultPageSize)]
    [Range(1, CsvMaxPageSize, ErrorMessage = "pageSize must be a whole number from {1} to {2} (at most 500 in JSON).")]
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
