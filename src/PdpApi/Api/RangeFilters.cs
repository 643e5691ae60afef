using System.Linq.Expressions;

namespace PdpApi.Api;

/// <summary>Applies a parsed <see cref="IntRange"/> to a query: to a single year, or to a period's start and end years.</summary>
public static class RangeFilters
{
    /// <summary>Keeps rows whose year lies in the range (open ends allowed); a null range keeps everything.</summary>
    public static IQueryable<T> WhereIn<T>(this IQueryable<T> source, IntRange? range, Expression<Func<T, int?>> year) =>
        source.WhereOverlaps(range, year, year);

    /// <summary>Keeps rows whose period [start, end] overlaps the range: a single year returns the periods that contain it.</summary>
    public static IQueryable<T> WhereOverlaps<T>(this IQueryable<T> source, IntRange? range, Expression<Func<T, int?>> start, Expression<Func<T, int?>> end)
    {
        if (range?.From is { } from)
            source = source.Where(Compare(end, from, Expression.GreaterThanOrEqual));
        if (range?.To is { } to)
            source = source.Where(Compare(start, to, Expression.LessThanOrEqual));
        return source;
    }

    private static Expression<Func<T, bool>> Compare<T>(Expression<Func<T, int?>> selector, int bound, Func<Expression, Expression, BinaryExpression> comparison) =>
        Expression.Lambda<Func<T, bool>>(
            comparison(selector.Body, Expression.Constant(bound, typeof(int?))),
            selector.Parameters);
}
