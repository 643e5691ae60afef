using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace PdpApi.Api;

/// <summary>One page of a collection, with the numbers a client needs to walk the rest.</summary>
public sealed class Page<T>
{
    /// <summary>The items on this page.</summary>
    public required IReadOnlyList<T> Items { get; init; }
    /// <summary>This page's number, starting at 1.</summary>
    [JsonPropertyName("page")]
    public required int PageNumber { get; init; }
    /// <summary>The page size asked for.</summary>
    public required int PageSize { get; init; }
    /// <summary>How many items match the filters, over all pages.</summary>
    public required int TotalCount { get; init; }
    /// <summary>How many pages there are at this page size (0 when nothing matches).</summary>
    public int TotalPages => (TotalCount + PageSize - 1) / PageSize;
}

public static class Paging
{
    /// <summary>
    /// The body of every collection action: applies the query's filters and sort (collecting what is wrong with them),
    /// answers 400 naming each bad parameter, or returns the page projected to DTOs.
    /// </summary>
    public static async Task<ActionResult<Page<TDto>>> PageAsync<TEntity, TDto>(
        this ControllerBase controller,
        ListQuery query,
        Func<QueryErrors, IQueryable<TEntity>> filter,
        Func<IQueryable<TEntity>, IQueryable<TDto>> project,
        CancellationToken cancellationToken)
    {
        var errors = QueryErrors.Of(controller.HttpContext);
        var source = filter(errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());
        return await controller.ToPageAsync(source, project, query, cancellationToken);
    }

    /// <summary>
    /// Pages <paramref name="source"/> (already filtered and ordered), projects the page to DTOs in SQL, counts the
    /// matches only when the page cannot tell (it is full, or past the end), and sets the RFC 8288 <c>Link</c> header (first, prev, next, last).
    /// </summary>
    public static async Task<Page<TDto>> ToPageAsync<TEntity, TDto>(
        this ControllerBase controller,
        IQueryable<TEntity> source,
        Func<IQueryable<TEntity>, IQueryable<TDto>> project,
        ListQuery query,
        CancellationToken cancellationToken)
    {
        var skipped = (query.Page - 1) * query.PageSize;
        var items = await project(source.Skip(skipped).Take(query.PageSize)).ToListAsync(cancellationToken);
        // A page that is neither empty nor full is the last one, so it already says how many rows match.
        var total = items.Count > 0 && items.Count < query.PageSize
            ? skipped + items.Count
            : await source.CountAsync(cancellationToken);
        var page = new Page<TDto> { Items = items, PageNumber = query.Page, PageSize = query.PageSize, TotalCount = total };
        controller.Response.Headers.Link = LinkHeader(controller.Request, page.PageNumber, page.TotalPages);
        return page;
    }

    internal static string LinkHeader(HttpRequest request, int page, int totalPages) =>
        LinkHeader(request, page, totalPages, page < Math.Max(totalPages, 1) ? Link(request, page + 1, "next") : null);

    /// <summary>The first, prev and last links, with <paramref name="next"/> (a whole link, or none) as the next one.</summary>
    internal static string LinkHeader(HttpRequest request, int page, int totalPages, string? next)
    {
        var last = Math.Max(totalPages, 1);
        var links = new List<string> { Link(request, 1, "first") };
        if (page > 1)
            links.Add(Link(request, Math.Min(page - 1, last), "prev"));
        if (next is not null)
            links.Add(next);
        links.Add(Link(request, last, "last"));
        return string.Join(", ", links);
    }

    private static string Link(HttpRequest request, int page, string relation) =>
        Link(request, relation, "page", page.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A link to this request with <c>page</c> and <c>cursor</c> replaced by <paramref name="parameter"/>.</summary>
    internal static string Link(HttpRequest request, string relation, string parameter, string value)
    {
        var query = request.Query
            .Where(p => !string.Equals(p.Key, "page", StringComparison.OrdinalIgnoreCase) && !string.Equals(p.Key, "cursor", StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string?>(p.Key, v)))
            .Append(new KeyValuePair<string, string?>(parameter, value));
        var target = QueryHelpers.AddQueryString(request.PathBase.Add(request.Path).Value ?? "/", query);
        return $"<{target}>; rel=\"{relation}\"";
    }
}
