using System.Collections.Concurrent;
using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using PdpApi.Data;

namespace PdpApi.Api;

/// <summary>
/// A get-by-id read, compiled once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(Expression{Func{TContext, TParam1, CancellationToken, TResult}})"/>)
/// from the record's match and its mapper's projection. A query built per request is parameterised and its projection
/// tree hashed to find the cached translation, on every request; a compiled one skips both (docs/benchmarks.md: a third
/// more detail reads a second).
/// </summary>
public sealed class DetailQuery<TEntity, TKey, TDto>
    where TEntity : class
    where TDto : class
{
    private readonly Expression<Func<PdpDbContext, TKey, CancellationToken, TDto?>> _query;

    // A compiled query serves one model only; a process serves one provider's, the tests both.
    private readonly ConcurrentDictionary<IModel, Func<PdpDbContext, TKey, CancellationToken, Task<TDto?>>> _compiled = new();

    /// <param name="match">Whether a record is the one the id names, such as <c>(c, id) => c.Id == id</c>.</param>
    /// <param name="project">The mapper's projection to the DTO (Mapperly's <c>ProjectToDto</c>).</param>
    public DetailQuery(Expression<Func<TEntity, TKey, bool>> match, Func<IQueryable<TEntity>, IQueryable<TDto>> project)
    {
        var db = Expression.Parameter(typeof(PdpDbContext), "db");
        var id = Expression.Parameter(typeof(TKey), "id");
        var cancellationToken = Expression.Parameter(typeof(CancellationToken), "cancellationToken");

        var records = Expression.Property(db, typeof(PdpDbContext).GetProperties().Single(p => p.PropertyType == typeof(DbSet<TEntity>)));
        var predicate = Expression.Lambda<Func<TEntity, bool>>(new Substitute(match.Parameters[1], id).Visit(match.Body), match.Parameters[0]);
        var matching = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(TEntity)], records, Expression.Quote(predicate));
        var projected = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(TEntity), typeof(TDto)], matching, Expression.Quote(Selector(project)));
        var single = Expression.Call(typeof(Queryable), nameof(Queryable.SingleOrDefault), [typeof(TDto)], projected);

        _query = Expression.Lambda<Func<PdpDbContext, TKey, CancellationToken, TDto?>>(single, db, id, cancellationToken);
    }

    /// <summary>The body of every get-by-id action: the record as its DTO, or a 404 problem.</summary>
    public async Task<ActionResult<TDto>> FindAsync(ControllerBase controller, PdpDbContext db, TKey id, CancellationToken cancellationToken)
    {
        var query = _compiled.GetOrAdd(db.Model, static (_, query) => EF.CompileAsyncQuery(query), _query);
        var found = await query(db, id, cancellationToken);
        return found is null ? controller.NotFound() : found;
    }

    /// <summary>The lambda inside the projection: Mapperly writes <c>source.Select(x => new TDto { ... })</c>.</summary>
    private static Expression<Func<TEntity, TDto>> Selector(Func<IQueryable<TEntity>, IQueryable<TDto>> project) =>
        project(Enumerable.Empty<TEntity>().AsQueryable()).Expression is MethodCallExpression { Method.Name: nameof(Queryable.Select) } select
            && select.Arguments[1] is UnaryExpression { Operand: Expression<Func<TEntity, TDto>> selector }
            ? selector
            : throw new InvalidOperationException($"The projection of {typeof(TEntity).Name} to {typeof(TDto).Name} is not one Select.");

    private sealed class Substitute(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
