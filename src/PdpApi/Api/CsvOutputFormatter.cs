using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.Extensions.Options;

namespace PdpApi.Api;

/// <summary>
/// Writes a collection page as RFC 4180 CSV (UTF-8, header row). Columns are the JSON fields of the item type, in the
/// same order and with the same names; nested objects are flattened with dotted names (<c>location.region</c>) and
/// lists of values are joined with "; "; lists of objects (a source's notes) are left out, since each is served as a
/// collection of its own (the notes at <c>/api/v1/footnotes</c>). Only <see cref="Page{T}"/> is written, so only collections offer CSV.
/// </summary>
public sealed partial class CsvOutputFormatter : TextOutputFormatter
{
    public const string MediaType = "text/csv";
    /// <summary>How many rows match the request over all pages.</summary>
    public const string TotalCountHeader = "Total-Count";
    private static readonly ConcurrentDictionary<Type, CsvColumn[]> ColumnsByType = new();

    public CsvOutputFormatter()
    {
        SupportedMediaTypes.Add(MediaType);
        SupportedEncodings.Add(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    protected override bool CanWriteType(Type? type) =>
        type is { IsGenericType: true } && type.GetGenericTypeDefinition() == typeof(Page<>);

    public override async Task WriteResponseBodyAsync(OutputFormatterWriteContext context, Encoding selectedEncoding)
    {
        var json = context.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.JsonSerializerOptions;
        var itemType = context.ObjectType!.GetGenericArguments()[0];
        var columns = ColumnsByType.GetOrAdd(itemType, type => CsvColumn.For(type, json));
        var items = (IEnumerable)context.ObjectType.GetProperty(nameof(Page<object>.Items))!.GetValue(context.Object)!;
        // The file has no body fields to say how much of the collection it holds; the header (and the next link) does.
        var total = (int)context.ObjectType.GetProperty(nameof(Page<object>.TotalCount))!.GetValue(context.Object)!;
        context.HttpContext.Response.Headers[TotalCountHeader] = total.ToString(CultureInfo.InvariantCulture);

        // CsvHelper's own injection guard would also rewrite negative numbers ("-54.1"); text cells are guarded below instead.
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        await using var writer = new StreamWriter(context.HttpContext.Response.Body, selectedEncoding, leaveOpen: true);
        await using var csv = new CsvWriter(writer, config);
        foreach (var column in columns)
            csv.WriteField(column.Name);
        await csv.NextRecordAsync();
        foreach (var item in items)
        {
            foreach (var column in columns)
                csv.WriteField(column.Format(item, json));
            await csv.NextRecordAsync();
        }
        await csv.FlushAsync();
    }

    /// <summary>One CSV column: a dotted JSON path and how to read it from an item.</summary>
    internal sealed partial record CsvColumn(string Name, Func<object, object?> Read)
    {
        public static CsvColumn[] For(Type type, JsonSerializerOptions options)
        {
            var columns = new List<CsvColumn>();
            Add(type, "", _ => _, options, columns);
            return [.. columns];
        }

        private static void Add(Type type, string prefix, Func<object, object?> read, JsonSerializerOptions options, List<CsvColumn> columns)
        {
            foreach (var property in options.GetTypeInfo(type).Properties)
            {
                if (property.Get is not { } get)
                    continue;
                var name = prefix + property.Name;
                object? Read(object item) => read(item) is { } parent ? get(parent) : null;
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (options.GetTypeInfo(propertyType).Kind == JsonTypeInfoKind.Object)
                    Add(propertyType, name + ".", Read, options, columns);
                else if (IsListOfRecords(propertyType, options))
                    continue; // a table inside a cell would be JSON in CSV: such lists are collections of their own
                else
                    columns.Add(new CsvColumn(name, Read));
            }
        }

        private static bool IsListOfRecords(Type type, JsonSerializerOptions options) =>
            options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element }
            && options.GetTypeInfo(Nullable.GetUnderlyingType(element) ?? element).Kind == JsonTypeInfoKind.Object;

        // Enum members as the JSON writes them ("agro-industry"), serialised once each rather than once per cell.
        private static readonly ConcurrentDictionary<Enum, string> EnumNames = new();

        public string Format(object item, JsonSerializerOptions options) => FormatValue(Read(item), options);

        private static string FormatValue(object? value, JsonSerializerOptions options) => value switch
        {
            null => "",
            string text => GuardFormula(text),
            bool flag => flag ? "true" : "false",
            Enum member => EnumNames.GetOrAdd(member, m => JsonSerializer.Serialize(m, m.GetType(), options).Trim('"')),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            IDictionary map => string.Join("; ", map.Keys.Cast<object>().Select(k => $"{k}={FormatValue(map[k], options)}")),
            IEnumerable list => string.Join("; ", list.Cast<object?>().Select(v => FormatValue(v, options))),
            _ => GuardFormula(JsonSerializer.Serialize(value, value.GetType(), options)),
        };

        /// <summary>
        /// A text cell a spreadsheet could run as a formula gets a leading apostrophe (OWASP CSV injection). A signed
        /// number written as text (<c>-4.6</c>, <c>+1.5</c>, <c>-15.3 ²²</c> with its footnote markers) is left alone:
        /// without letters, quotes or operators after the sign it can name no function, reference or command, and an
        /// apostrophe would turn the number into text.
        /// </summary>
        internal static string GuardFormula(string text) =>
            text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !SignedNumber().IsMatch(text) ? "'" + text : text;

        [System.Text.RegularExpressions.GeneratedRegex(@"^[+-][0-9][0-9., \u00B9\u00B2\u00B3\u2070\u2074-\u2079]*$")]
        private static partial System.Text.RegularExpressions.Regex SignedNumber();
    }
}
