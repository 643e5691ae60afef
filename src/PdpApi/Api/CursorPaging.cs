using System.Buffers.Text;
using System.Globalization;
using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace PdpApi.Api;

/// <summary>The parameters of a collection that can also be walked by cursor, for collections that grow large.</summary>
public abstract class CursorListQuery : ListQuery
{
    /// <summary>
    /// Where the page starts, for walking a large collection: the token the Link header's next relation carries. The
    /// page after a cursor is found from the last row of the page before, so a page deep in the collection costs what
    /// the first one does. Send the token as given, with the other parameters unchanged and without page. An empty
    /// value is the first page. A cursor page repeats the totalCount counted when the walk started.
    /// </summary>
    [FromQuery(Name = CursorPaging.Parameter)]
    public string? Cursor { get; init; }
}

/// <summary>
/// Keyset paging beside <see cref="Paging"/>'s page numbers. Rows are in a total order (the sort fields, then the unique
/// id); a cursor holds the sort-key values of the last row served, and the next page is the rows after it,
/// <c>WHERE (k1, ..., id) &gt; (v1, ..., last id)</c>, read from an index instead of skipped over. In the collections
/// that offer it, the <c>next</c> link of every page, numbered or not, is a cursor; first, prev and last stay numbered.
/// </summary>
/// <remarks>
/// The token is base64url of a version byte, a small JSON object (the page number it leads to, the total counted when
/// the walk began, a fingerprint of the request's other parameters and the key values) and a 16-byte SHA-256 check of
/// the rest. The check catches a token cut short or edited; it is not a secret, and needs none: a cursor only holds
/// values a client could send as filters.
/// </remarks>
public static class CursorPaging
{
    public const string Parameter = "cursor";
    private const byte Version = 1;
    private const int CheckBytes = 16;
    private const int MaxLength = 2048;
    private static readonly byte[] CheckPrefix = Encoding.ASCII.GetBytes("PdpApi cursor 1\n");
    private static readonly JsonSerializerOptions KeyJson = new() { Converters = { new JsonStringEnumConverter(allowIntegerValues: false) } };

    private const string Restart = "follow the Link header's next relation as it is, or start again without a cursor (page 1).";

    /// <summary>
    /// The body of a collection action that pages by number or by cursor: the rows <paramref name="filter"/> selects,
    /// in the order <paramref name="sorting"/> parses from <c>sort</c>, projected to DTOs; <paramref name="idOf"/> reads
    /// a DTO's id, the value of the sort's unique field.
    /// </summary>
    public static async Task<ActionResult<Page<TDto>>> PageAsync<TEntity, TDto>(
        this ControllerBase controller,
        CursorListQuery query,
        SortFields<TEntity> sorting,
        Func<QueryErrors, IQueryable<TEntity>> filter,
        Func<IQueryable<TEntity>, IQueryable<TDto>> project,
        Func<TDto, object> idOf,
        CancellationToken cancellationToken)
    {
        var errors = QueryErrors.Of(controller.HttpContext);
        var source = filter(errors);
        var sortErrors = new QueryErrors();
        var order = sorting.Keys(query.Sort, sortErrors);
        var request = controller.Request;
        var fingerprint = Fingerprint(request, query.PageSize);
        var position = Read(request, fingerprint, sortErrors.Any ? null : order, errors);
        if (errors.Any)
            return Problems.InvalidParameters(errors.ToDictionary());

        Page<TDto> page;
        bool more;
        if (position is null)
        {
            page = await controller.ToPageAsync(source, project, query, cancellationToken);
            more = page.PageNumber < page.TotalPages;
        }
        else
        {
            var rows = await project(source.Where(After<TEntity>(order, position.Keys)).Take(query.PageSize + 1)).ToListAsync(cancellationToken);
            more = rows.Count > query.PageSize;
            page = new Page<TDto> { Items = rows.Take(query.PageSize).ToList(), PageNumber = position.Page, PageSize = query.PageSize, TotalCount = position.Total };
        }

        string? next = null;
        if (more && page.Items.Count > 0)
        {
            var keys = await KeysOf(source, order, sorting.UniqueField, idOf(page.Items[^1])).FirstAsync(cancellationToken);
            var token = new Position(page.PageNumber + 1, page.TotalCount, keys.Select((value, i) => KeyValue(value, order[i].Key.ReturnType)).ToList());
            next = Paging.Link(request, "next", Parameter, token.Encode(fingerprint));
        }
        if (position is not null || next is not null)
            controller.Response.Headers.Link = Paging.LinkHeader(request, page.PageNumber, page.TotalPages, next);
        return page;
    }

    /// <summary>Where a cursor leads: the page's number, the total carried from the walk's start, and the last row's keys.</summary>
    private sealed record Position(int Page, int Total, IReadOnlyList<JsonElement> Keys)
    {
        public string Encode(string fingerprint)
        {
            var payload = new MemoryStream();
            using (var json = new Utf8JsonWriter(payload))
            {
                json.WriteStartObject();
                json.WriteNumber("p", Page);
                json.WriteNumber("t", Total);
                json.WriteString("q", fingerprint);
                json.WriteStartArray("k");
                foreach (var key in Keys)
                    key.WriteTo(json);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            var body = new byte[1 + payload.Length];
            body[0] = Version;
            payload.ToArray().CopyTo(body, 1);
            return Base64Url.EncodeToString([.. body, .. Check(body)]);
        }
    }

    /// <summary>
    /// The cursor the request sends, checked: null for none (or an empty one, the first page); errors for a token this
    /// API did not issue, one issued for other parameters, or a cursor beside <c>page</c>. Key values are read only when
    /// the sort is valid (<paramref name="order"/> not null), as their types follow from it.
    /// </summary>
    private static Position? Read(HttpRequest request, string fingerprint, IReadOnlyList<SortKey>? order, QueryErrors errors)
    {
        if (!request.Query.TryGetValue(Parameter, out var values))
            return null;
        if (request.Query.ContainsKey("page"))
            errors.Add(Parameter, "cursor and page cannot be combined: a cursor already says where its page starts. Drop page, or drop cursor to ask for a page by number.");
        if (values.Count > 1)
        {
            errors.Add(Parameter, "give one cursor.");
            return null;
        }
        var text = values[0];
        if (string.IsNullOrEmpty(text))
            return null;

        if (Decode(text) is not { } payload)
        {
            errors.Add(Parameter, "this is not a cursor the API issued, or it was cut short or changed; " + Restart);
            return null;
        }
        if (payload.Fingerprint != fingerprint)
        {
            errors.Add(Parameter, "this cursor belongs to a request with other parameters (filters, sort or pageSize); send it with the parameters of the request whose Link header gave it, or start again without a cursor (page 1).");
            return null;
        }
        if (order is null)
            return null;
        if (payload.Keys.Count != order.Count || ReadKeys(payload.Keys, order) is not { } keys)
        {
            errors.Add(Parameter, "this cursor does not fit the sort it was issued for; " + Restart);
            return null;
        }
        return new Position(payload.Page, payload.Total, keys);
    }

    private sealed record Payload(int Page, int Total, string Fingerprint, IReadOnlyList<JsonElement> Keys);

    private static Payload? Decode(string text)
    {
        if (text.Length > MaxLength || !Base64Url.IsValid(text))
            return null;
        var bytes = Base64Url.DecodeFromChars(text);
        if (bytes.Length < 1 + CheckBytes + 2 || bytes[0] != Version)
            return null;
        var body = bytes.AsSpan(0, bytes.Length - CheckBytes);
        if (!CryptographicOperations.FixedTimeEquals(Check(body), bytes.AsSpan(bytes.Length - CheckBytes)))
            return null;
        try
        {
            using var json = JsonDocument.Parse(body[1..].ToArray());
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("p", out var page) || page.ValueKind != JsonValueKind.Number || !page.TryGetInt32(out var pageNumber)
                || !root.TryGetProperty("t", out var total) || total.ValueKind != JsonValueKind.Number || !total.TryGetInt32(out var totalCount)
                || !root.TryGetProperty("q", out var query) || query.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("k", out var keys) || keys.ValueKind != JsonValueKind.Array
                || pageNumber < 2 || pageNumber == int.MaxValue || totalCount < 0)
                return null;
            return new Payload(pageNumber, totalCount, query.GetString()!, keys.EnumerateArray().Select(k => k.Clone()).ToList());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The key values as the sort's key types; null when one does not read as its type (or the unique id is null).</summary>
    private static List<JsonElement>? ReadKeys(IReadOnlyList<JsonElement> values, IReadOnlyList<SortKey> order)
    {
        for (var i = 0; i < order.Count; i++)
        {
            try
            {
                var value = values[i].Deserialize(order[i].Key.ReturnType, KeyJson);
                if (value is double number && !double.IsFinite(number))
                    return null;
                if (value is null && (i == order.Count - 1 || !IsNullable(order[i].Key.ReturnType)))
                    return null;
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
            {
                return null;
            }
        }
        return values.ToList();
    }

    private static bool IsNullable(Type type) => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;

    private static byte[] Check(ReadOnlySpan<byte> body)
    {
        var hash = SHA256.HashData([.. CheckPrefix, .. body]);
        return hash[..CheckBytes];
    }

    /// <summary>
    /// What the request asks for besides where its page starts: path and parameters except <c>page</c>, <c>cursor</c> and
    /// <c>format</c> (the same rows in JSON or CSV), with <c>pageSize</c> as bound, so that its default and an explicit
    /// 50 agree.
    /// </summary>
    private static string Fingerprint(HttpRequest request, int pageSize)
    {
        var parameters = request.Query
            .Where(p => p.Key.ToLowerInvariant() is not ("page" or Parameter or "format" or "pagesize"))
            .OrderBy(p => p.Key.ToLowerInvariant(), StringComparer.Ordinal)
            .SelectMany(p => p.Value.Select(v => $"{p.Key.ToLowerInvariant()}={v}"))
            .Append("pagesize=" + pageSize.ToString(CultureInfo.InvariantCulture));
        var text = (request.PathBase.Add(request.Path).Value ?? "/").ToLowerInvariant() + "?" + string.Join("&", parameters);
        return Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 12));
    }

    /// <summary>A key value as a cursor holds it (enums by name).</summary>
    internal static JsonElement KeyValue(object? value, Type type) => JsonSerializer.SerializeToElement(value, type, KeyJson);

    /// <summary>The sort-key values of the row whose unique field is <paramref name="id"/>, in the order's key order.</summary>
    internal static IQueryable<object?[]> KeysOf<TEntity>(IQueryable<TEntity> source, IReadOnlyList<SortKey> order, string uniqueField, object id)
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        var unique = order.Single(k => string.Equals(k.Name, uniqueField, StringComparison.OrdinalIgnoreCase));
        var match = Expression.Lambda<Func<TEntity, bool>>(Expression.Equal(Body(unique, row), Parameterized(unique.Key.ReturnType, id)), row);
        var keys = Expression.Lambda<Func<TEntity, object?[]>>(
            Expression.NewArrayInit(typeof(object), order.Select(k => Expression.Convert(Body(k, row), typeof(object)))), row);
        return source.Where(match).Select(keys);
    }

    /// <summary>
    /// The rows after the one whose keys are <paramref name="values"/> in the order <paramref name="order"/>, as nested
    /// comparisons an index range serves: <c>k1 &gt;= v1 AND (k1 &gt; v1 OR (k2 &gt;= v2 AND (k2 &gt; v2 OR ...)))</c>,
    /// with each key's direction. Nulls come first in an ascending order and last in a descending one, as SQLite and
    /// SQL Server both sort them.
    /// </summary>
    internal static Expression<Func<TEntity, bool>> After<TEntity>(IReadOnlyList<SortKey> order, IReadOnlyList<JsonElement> values)
    {
        var row = Expression.Parameter(typeof(TEntity), "row");
        Expression? after = null; // no row is after the last one on every key
        for (var i = order.Count - 1; i >= 0; i--)
        {
            var key = Body(order[i], row);
            var type = key.Type;
            var value = values[i].Deserialize(type, KeyJson);
            if (value is null)
            {
                var isNull = Expression.Equal(key, Expression.Constant(null, type));
                // Ascending, nulls first: every non-null row is after; descending, nulls last: only later nulls are.
                after = order[i].Descending
                    ? after is null ? Expression.Constant(false) : Expression.AndAlso(isNull, after)
                    : after is null ? Expression.Not(isNull) : Expression.OrElse(Expression.Not(isNull), after);
                continue;
            }
            var parameter = Parameterized(type, value);
            var beyond = Compare(key, parameter, order[i].Descending ? ExpressionType.LessThan : ExpressionType.GreaterThan);
            var level = after is null
                ? beyond
                : Expression.AndAlso(Compare(key, parameter, order[i].Descending ? ExpressionType.LessThanOrEqual : ExpressionType.GreaterThanOrEqual), Expression.OrElse(beyond, after));
            after = order[i].Descending && IsNullable(type) ? Expression.OrElse(level, Expression.Equal(key, Expression.Constant(null, type))) : level;
        }
        return Expression.Lambda<Func<TEntity, bool>>(after ?? Expression.Constant(false), row);
    }

    private static Expression Body(SortKey key, ParameterExpression row) =>
        new Rebind(key.Key.Parameters[0], row).Visit(key.Key.Body);

    /// <summary>A comparison EF translates to SQL's: strings through string.Compare, enums through their underlying type.</summary>
    private static BinaryExpression Compare(Expression key, Expression value, ExpressionType comparison)
    {
        var type = Nullable.GetUnderlyingType(key.Type) ?? key.Type;
        if (type == typeof(string))
        {
            var compare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;
            return Expression.MakeBinary(comparison, Expression.Call(compare, key, value), Expression.Constant(0));
        }
        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            var target = key.Type == type ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            return Expression.MakeBinary(comparison, Expression.Convert(key, target), Expression.Convert(value, target));
        }
        return Expression.MakeBinary(comparison, key, value);
    }

    /// <summary>The value as a member of a constant object, which EF sends as a SQL parameter (one cached plan for every value).</summary>
    private static MemberExpression Parameterized(Type type, object? value)
    {
        var holder = Activator.CreateInstance(typeof(Holder<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(holder), nameof(Holder<object>.Value));
    }

    private sealed class Holder<T>(T value)
    {
        public T Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
