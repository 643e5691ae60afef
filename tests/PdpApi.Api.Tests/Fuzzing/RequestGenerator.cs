using System.Globalization;
using CsCheck;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>
/// Requests for one operation, drawn from its declaration: valid values (from the schema, the description and real ids)
/// and hostile ones (wrong types, out of range, empty, long, Unicode, control characters, broken percent-encoding, the
/// filter grammar's edge cases), repeated and unknown parameters, Accept headers and <c>format</c>, and for an operation
/// with a JSON body, bodies from its schema, valid and broken.
/// </summary>
public sealed class RequestGenerator
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private readonly ApiOperation _operation;
    private readonly IdPool _ids;

    public RequestGenerator(ApiOperation operation, IdPool ids, JsonBodyGenerator? bodies)
    {
        _operation = operation;
        _ids = ids;
        var body = bodies is null
            ? Gen.Const<(string? ContentType, string? Body)>((null, null))
            : bodies.Bodies;
        Requests =
            from hostile in Gen.Frequency((3, false), (2, true))
            from path in PathGen(hostile)
            from query in QueryGen(hostile)
            from extras in ExtrasGen.Array[0, 2]
            from accept in AcceptGen
            from content in body
            select new FuzzRequest(operation.Method, path + Query([.. query, .. extras]), accept, content.ContentType, content.Body);
    }

    public Gen<FuzzRequest> Requests { get; }

    private static string Encode(string value) => Uri.EscapeDataString(value);

    private static string Query(IEnumerable<string?> items)
    {
        var present = items.Where(i => i is not null).ToList();
        return present.Count == 0 ? "" : "?" + string.Join('&', present);
    }

    // ----- path -----

    private Gen<string> PathGen(bool hostile)
    {
        var path = Gen.Const(_operation.Path);
        foreach (var parameter in _operation.PathParameters)
        {
            var placeholder = "{" + parameter.Name + "}";
            var ids = _ids.ForPath(_operation, parameter);
            var valid = ids.Count > 0 ? Gen.OneOf(ids.ToArray()).Select(Encode) : Valid(parameter).Select(Encode);
            var value = hostile ? Gen.Frequency((1, valid), (3, Hostile(parameter))) : valid;
            // An empty segment or a dot segment would be another URL altogether.
            var segment = value.Select(v => v is "" or "." or ".." ? "x" + v : v);
            path = Gen.Select(path, segment, (p, s) => p.Replace(placeholder, s, StringComparison.Ordinal));
        }
        return path;
    }

    // ----- query -----

    private Gen<string?[]> QueryGen(bool hostile)
    {
        var items = new List<Gen<string?>>();
        foreach (var parameter in _operation.QueryParameters)
        {
            var valid = Valid(parameter).Select(Encode);
            var value = hostile ? Gen.Frequency((1, valid), (1, Hostile(parameter))) : valid;
            var item = value.Select(v => (string?)(Encode(parameter.Name) + "=" + v));
            var percent = parameter.Required ? (hostile ? 85 : 100) : 35;
            items.Add(percent == 100 ? item : Gen.Frequency((percent, item), (100 - percent, Gen.Const((string?)null))));
        }
        if (_operation.QueryParameters.Any())
        {
            // A parameter given twice, with two values of its own.
            var repeated = Gen.OneOf(_operation.QueryParameters.ToArray()).SelectMany(p =>
                Gen.Select(Gen.Frequency((1, Valid(p).Select(Encode)), (1, Hostile(p))), Gen.Frequency((1, Valid(p).Select(Encode)), (1, Hostile(p))),
                    (a, b) => (string?)$"{Encode(p.Name)}={a}&{Encode(p.Name)}={b}"));
            items.Add(Gen.Frequency((1, repeated), (6, Gen.Const((string?)null))));
        }
        return Sequence(items);
    }

    private static Gen<T[]> Sequence<T>(IReadOnlyList<Gen<T>> gens)
    {
        var all = Gen.Const(Array.Empty<T>());
        foreach (var gen in gens)
            all = Gen.Select(all, gen, (list, item) => (T[])[.. list, item]);
        return all;
    }

    private static readonly Gen<string?> ExtrasGen = Gen.Frequency(
        (6, Gen.Const((string?)null)),
        (2, Gen.OneOf<string?>("format=csv", "format=json", "format=CSV", "format=xlsx", "format=", "format=csv&format=json")),
        (2, Gen.OneOf<string?>(
            "foo=bar", "Page=2", "PAGESIZE=3", "api-version=1.0", "api-version=2.0", "%24top=5", "page%5B%5D=1",
            "filter%5Bid%5D=1", "=x", "x", "&", "a=1=2", "q", "sort", "callback=alert", "%FF=1", "page%E2%82=1", "%C0%AF", "pag%65=2")),
        (1, Gen.String[Gen.Char.AlphaNumeric, 1, 12].Select(name => (string?)(name + "=1"))));

    private static readonly Gen<string?> AcceptGen = Gen.Frequency(
        (3, Gen.Const((string?)null)),
        (3, Gen.Const<string?>("application/json")),
        (2, Gen.Const<string?>("text/csv")),
        (2, Gen.Const<string?>("*/*")),
        (1, Gen.Const<string?>("image/png")),
        (1, Gen.OneOf<string?>(
            "application/problem+json", "text/csv;q=0.9, application/json;q=0.8", "application/xml", "text/*",
            "application/json;q=0", "text/csv, image/png", "garbage;;q=x", "application/json; charset=utf-16",
            // Over the 32 KB the API reads in headers: a 431.
            string.Join(", ", Enumerable.Repeat("application/json;q=0.5", 1600)))));

    // ----- valid values -----

    private Gen<string> Valid(ApiParameter parameter)
    {
        var description = parameter.Description;
        if (parameter.Name == "sort")
            return SortGen(ParameterHints.SortFields(description));
        if (parameter.Name == "format")
            return Gen.OneOf("json", "csv");
        switch (parameter.Type)
        {
            case "boolean":
                return Gen.OneOf("true", "false");
            case "integer":
                if (parameter.Minimum is { } min && parameter.Maximum is { } max)
                    return Gen.Frequency((4, Gen.Int[min, Math.Min(max, min + 9)]), (1, Gen.Int[min, max])).Select(Text);
                if (ParameterHints.YearSpan(description) is { } years)
                    return Gen.Int[years.From, years.To].Select(Text);
                return Gen.Frequency((3, Gen.Int[1, 10]), (1, Gen.Int[0, 1000])).Select(Text);
            case "number":
                return Gen.Frequency(
                    (2, Gen.Int[0, 100].Select(Text)),
                    (2, Gen.Double[0.01, 1e6].Select(d => d.ToString("R", Invariant))),
                    (1, Gen.Int[1, 50_000_000].Select(Text)));
            case "string" or null:
                return ValidString(parameter);
            case "array" when EnumMembers(parameter) is { Length: > 0 } members:
                // explode: false: one parameter, the members separated by commas.
                return Gen.OneOf(members).Array[1, 3].Select(a => string.Join(',', a));
            default:
                throw new NotSupportedException($"{_operation}: parameter {parameter.Name} has a type the fuzzer does not know: {parameter.Type}.");
        }
    }

    /// <summary>The members of an array parameter's enum items, which the document names by $ref.</summary>
    private static string[] EnumMembers(ApiParameter parameter)
    {
        if (!parameter.Schema.TryGetProperty("items", out var items) || !items.TryGetProperty("$ref", out var reference))
            return [];
        var schema = OpenApiSpec.CheckedIn.Schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
        return schema.TryGetProperty("enum", out var members) ? members.EnumerateArray().Select(m => m.GetString()!).ToArray() : [];
    }

    private Gen<string> ValidString(ApiParameter parameter)
    {
        var description = parameter.Description;
        var candidates = ParameterHints.Examples(description).Concat(_ids.ForFilter(parameter)).Distinct(StringComparer.Ordinal).ToArray();
        var gens = new List<(int, IGen<string>)>();
        if (ParameterHints.IsCommaSeparated(description))
        {
            var flags = candidates.Contains("true");
            var element = flags ? Gen.OneOf("true", "false") : Gen.Frequency((2, Gen.Int[0, 60].Select(Text)), (1, Gen.Double[0, 1].Select(d => d.ToString("0.##", Invariant))));
            gens.Add((6, element.Array[1, 4].Select(a => string.Join(',', a))));
        }
        if (candidates.Length > 0)
        {
            gens.Add((6, Gen.OneOf(candidates)));
            gens.Add((2, Gen.OneOf(candidates).Array[2, 3].Select(a => string.Join(',', a))));
        }
        if (ParameterHints.TakesYears(parameter))
            gens.Add((4, YearGen(ParameterHints.YearSpan(description) ?? (1985, 2010))));
        if (ParameterHints.DigitCount(description) is { } digits)
            gens.Add((8, Gen.Char["0123456789"].Array[digits.Min, digits.Max].Select(c => new string(c))));
        if (gens.Count == 0)
            gens.Add((3, Gen.String[Gen.Char.AlphaNumeric, 1, 12]));
        if (_ids.All.Count > 0)
            gens.Add((1, Gen.OneOf(_ids.All.ToArray())));
        return Gen.Frequency([.. gens]);
    }

    private static Gen<string> YearGen((int From, int To) span)
    {
        var year = Gen.Int[span.From - 2, span.To + 2];
        return Gen.Frequency(
            (3, year.Select(Text)),
            (2, Gen.Select(year, year, (a, b) => $"{Math.Min(a, b)}..{Math.Max(a, b)}")),
            (1, year.Select(y => $"{y}..")),
            (1, year.Select(y => $"..{y}")),
            (1, Gen.Select(year, year, (a, b) => $"{Math.Min(a, b)}-{Math.Max(a, b)}")));
    }

    private static Gen<string> SortGen(IReadOnlyList<string> fields)
    {
        if (fields.Count == 0)
            return Gen.Const("id");
        var field = Gen.Select(Gen.OneOf(fields.ToArray()), Gen.Bool, (f, descending) => descending ? "-" + f : f);
        return field.Array[1, Math.Min(3, fields.Count)].Select(a =>
            string.Join(',', a.DistinctBy(f => f.TrimStart('-'), StringComparer.OrdinalIgnoreCase)));
    }

    private static string Text(int value) => value.ToString(Invariant);

    // ----- hostile values (already percent-encoded) -----

    private static readonly string[] HostileIntegers =
        ["0", "-1", "2147483648", "-2147483649", "99999999999999999999", "1e309", "NaN", "1.5", "abc", "", "１", "+1", " 1", "0x10", "1,2", "Infinity", "1e3"];

    private static readonly string[] HostileNumbers =
        ["NaN", "Infinity", "-Infinity", "1e309", "-1e309", "1e-400", "abc", "", "1,5", "0x10", "∞", "-0", "1.7976931348623157E+309", "4.9E-325", "-1", "0", "1e308"];

    private static readonly string[] HostileBooleans = ["yes", "1", "0", "", "tru", "TRUE", "null", "on", "true,false"];

    private static readonly string[] GrammarEdges =
    [
        "a,b", ",", ",,", "a,,b", ",a", "a,", "..", "...", "1990..", "..2007", "2007..1990", "1..2..3", "-", "--x", " ", "\t",
        "1990.. 2007", "-2147483648..2147483647", "99999999999..1", "1e309..", "NaN..NaN", "0..0", "-5..-1", "1990-", "-1990",
        "1995-1990", "2006/2007", "1990..2007,2001", "a..b", "1.5..2.5",
    ];

    private static readonly string[] HostileSorts =
        ["-", "--id", "-unknown", "unknown", "id,id", "id,-id", ",id", "id,", "+id", " id", "ID", "-ID", "name,,id", "sort", "id desc", "random()"];

    private static readonly string[] Unicode =
    [
        "Perú", "PIURA", "piura ", "ñandú", "😀", "👨‍👩‍👧‍👦", "مرحبا", "\u202Egnp.exe", "e\u0301\u0301\u0301\u0301", "\u200B", "\uFEFF",
        "Ω≈ç√", "\u0001\u0002\u001F", "\u007F", "a\rb\nc", "'", "\"", "<script>alert(1)</script>", "' OR 1=1--", "%", "%25",
        "\\", "../../etc/passwd", "null", "undefined", "[]", "{}", "a=b&c=d", "#frag", "?", "+", "İstanbul", "ß", "ﬁ", "𝕏",
        "\u0085", "\u2028", "Ⅻ", "٣", "١٩٩٠..٢٠٠٧",
    ];

    /// <summary>Percent-encoding that does not decode to UTF-8, sent as is.</summary>
    private static readonly string[] RawJunk = ["%FF", "%C0%AF", "%ED%A0%80", "%E2%82", "%", "%%", "%G1", "%u0041", "%F0%9F%98", "%2", "a%2Fb", "%C3%28"];

    private static readonly Gen<string> UnicodeText =
        Gen.Char['\u0001', '\uD7FF'].Array[1, 24].Select(c => new string(c));

    private static readonly Gen<string> LongText = Gen.Frequency(
        (2, Gen.Int[1000, 6000].Select(n => new string('a', n))),
        (1, Gen.Int[200, 900].Select(n => string.Concat(Enumerable.Repeat("é", n)))),
        (1, Gen.Int[300, 2000].Select(n => string.Join(',', Enumerable.Range(1, n).Select(i => (i % 50).ToString(Invariant))))),
        (1, Gen.Int[100, 500].Select(n => string.Concat(Enumerable.Repeat("😀", n)))));

    private Gen<string> Hostile(ApiParameter parameter)
    {
        var typed = parameter.Name == "sort" ? HostileSorts
            : parameter.Type switch
            {
                "integer" => HostileIntegers,
                "number" => HostileNumbers,
                "boolean" => HostileBooleans,
                _ => GrammarEdges,
            };
        var page = parameter.Minimum is { } min && parameter.Maximum is { } max
            ? Gen.OneOf(Text(min - 1), Text(max + 1), Text(max), "-1", "2147483648")
            : Gen.OneOf(typed);
        return Gen.Frequency(
            (4, Gen.OneOf(typed).Select(Encode)),
            (2, page.Select(Encode)),
            (3, Gen.OneOf(GrammarEdges).Select(Encode)),
            (3, Gen.OneOf(Unicode).Select(Encode)),
            (2, UnicodeText.Select(Encode)),
            (1, LongText.Select(Encode)),
            (2, Gen.OneOf(RawJunk)),
            (1, Valid(parameter).Select(v => Encode(v.ToUpperInvariant() + "\u0301"))));
    }
}
