using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PdpApi.Api;

namespace PdpApi.Api.Tests;

/// <summary>Unit tests of the shared conventions under Api/: the filter grammar, sorting, paging links and CSV columns.</summary>
public sealed class ConventionsTests
{
    [Theory]
    [InlineData("1995", 1995, 1995)]
    [InlineData("1990..2007", 1990, 2007)]
    [InlineData("1990..", 1990, null)]
    [InlineData("..2007", null, 2007)]
    [InlineData(" 1990..1990 ", 1990, 1990)]
    [InlineData("-5..5", -5, 5)]
    public void Ranges_parse_with_open_ends(string text, int? from, int? to)
    {
        var errors = new QueryErrors();

        var range = QueryGrammar.Range(text, "year", errors, int.MinValue, int.MaxValue);

        Assert.False(errors.Any);
        Assert.Equal(new IntRange(from, to), range);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("1990...2007")]
    [InlineData("1990..2007..2010")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("2007..1990")]
    [InlineData("99999999999")]
    public void Malformed_ranges_are_errors_named_after_the_parameter(string text)
    {
        var errors = new QueryErrors();

        var range = QueryGrammar.Range(text, "year", errors, int.MinValue, int.MaxValue);

        Assert.Null(range);
        Assert.True(errors.ToDictionary().ContainsKey("year"));
    }

    [Fact]
    public void A_range_outside_the_allowed_bounds_is_an_error()
    {
        var errors = new QueryErrors();

        QueryGrammar.Range("1980..1995", "year", errors, 1985, 2011);

        Assert.Contains("outside 1985..2011", Assert.Single(errors.ToDictionary()["year"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(1, true)]
    [InlineData(10, true)]
    [InlineData(0, false)]
    [InlineData(11, false)]
    public void A_range_contains_its_ends(int value, bool expected)
    {
        Assert.Equal(expected, new IntRange(1, 10).Contains(value));
        Assert.True(new IntRange(null, null).Contains(value));
    }

    [Fact]
    public void Lists_are_trimmed_and_deduplicated_without_regard_to_case()
    {
        var errors = new QueryErrors();

        var items = QueryGrammar.List(" Piura, Lima ,piura", "region", errors);

        Assert.Equal(["Piura", "Lima"], items);
        Assert.False(errors.Any);
    }

    [Fact]
    public void Enum_lists_accept_the_printed_kebab_names_in_any_case()
    {
        var errors = new QueryErrors();

        var sectors = QueryGrammar.EnumList<Data.ClusterSector>("Agro-Industry,tourism", "sector", errors);

        Assert.Equal([Data.ClusterSector.AgroIndustry, Data.ClusterSector.Tourism], sectors);
        Assert.False(errors.Any);
    }

    [Fact]
    public void Enum_names_are_not_accepted_in_their_csharp_spelling()
    {
        var errors = new QueryErrors();

        QueryGrammar.EnumList<Data.ClusterSector>("AgroIndustry", "sector", errors);

        Assert.True(errors.Any);
    }

    private sealed record Row(int Id, string Name);

    private static readonly SortFields<Row> Sorts = new SortFields<Row>().Add("id", r => r.Id).Add("name", r => r.Name);

    private static readonly Row[] Rows = [new(3, "b"), new(1, "b"), new(2, "a")];

    [Theory]
    [InlineData(null, new[] { 1, 2, 3 })]
    [InlineData("name", new[] { 2, 1, 3 })]
    [InlineData("-name", new[] { 1, 3, 2 })]
    [InlineData("-name,-id", new[] { 3, 1, 2 })]
    [InlineData("-id", new[] { 3, 2, 1 })]
    [InlineData("NAME", new[] { 2, 1, 3 })]
    public void Sorting_applies_fields_in_order_and_breaks_ties_by_the_first_field(string? sort, int[] expected)
    {
        var errors = new QueryErrors();

        var order = Sorts.Parse(sort, errors);

        Assert.False(errors.Any);
        Assert.Equal(expected, order(Rows.AsQueryable()).Select(r => r.Id));
    }

    [Theory]
    [InlineData("population")]
    [InlineData("name,-name")]
    [InlineData("-")]
    public void Sorting_rejects_unknown_or_repeated_fields(string sort)
    {
        var errors = new QueryErrors();

        Sorts.Parse(sort, errors);

        Assert.True(errors.ToDictionary().ContainsKey("sort"));
    }

    [Theory]
    [InlineData(1, 3, new[] { "first:1", "next:2", "last:3" })]
    [InlineData(2, 3, new[] { "first:1", "prev:1", "next:3", "last:3" })]
    [InlineData(3, 3, new[] { "first:1", "prev:2", "last:3" })]
    [InlineData(1, 0, new[] { "first:1", "last:1" })]
    [InlineData(7, 3, new[] { "first:1", "prev:3", "last:3" })]
    public void Link_headers_name_the_neighbouring_pages(int page, int totalPages, string[] expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Path = "/api/v1/clusters";
        context.Request.QueryString = new QueryString($"?sector=tourism&page={page}");

        var header = Paging.LinkHeader(context.Request, page, totalPages);

        var links = header.Split(", ").Select(link =>
        {
            var relation = link[(link.IndexOf("rel=\"", StringComparison.Ordinal) + 5)..^1];
            var number = link[(link.IndexOf("page=", StringComparison.Ordinal) + 5)..link.IndexOf('>', StringComparison.Ordinal)];
            Assert.StartsWith("</api/v1/clusters?sector=tourism&page=", link, StringComparison.Ordinal);
            return $"{relation}:{number}";
        });
        Assert.Equal(expected, links);
    }

    private sealed record Inner(string? Text, IReadOnlyList<string> Tags);

    private sealed record Outer(int Id, double Value, Inner Nested, Data.RegionBasis Basis, bool Flag);

    [Fact]
    public void Csv_columns_flatten_nested_objects_and_format_values_as_json_does()
    {
        var options = new JsonSerializerOptions();
        ApiSetup.ConfigureJson(options);
        options.TypeInfoResolver = JsonSerializerOptions.Default.TypeInfoResolver;
        var columns = CsvOutputFormatter.CsvColumn.For(typeof(Outer), options);
        var row = new Outer(7, -54.1, new Inner(null, ["a", "b"]), Data.RegionBasis.NotStated, true);

        Assert.Equal(["id", "value", "nested.text", "nested.tags", "basis", "flag"], columns.Select(c => c.Name));
        Assert.Equal(["7", "-54.1", "", "a; b", "not-stated", "true"], columns.Select(c => c.Format(row, options)));
    }

    [Theory]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("+A1", "'+A1")]
    [InlineData("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0")]
    [InlineData("-1,2*3", "'-1,2*3")]
    [InlineData("@cmd", "'@cmd")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("plain", "plain")]
    // Numbers written as text, with their footnote markers, stay numbers: they can run nothing.
    [InlineData("-4.6", "-4.6")]
    [InlineData("+1.5", "+1.5")]
    [InlineData("-2,177", "-2,177")]
    [InlineData("-15.3 ²²", "-15.3 ²²")]
    [InlineData("(3.2)", "(3.2)")]
    public void Csv_text_cells_that_a_spreadsheet_would_run_are_defused(string text, string expected)
    {
        var options = new JsonSerializerOptions();
        ApiSetup.ConfigureJson(options);
        options.TypeInfoResolver = JsonSerializerOptions.Default.TypeInfoResolver;
        var column = CsvOutputFormatter.CsvColumn.For(typeof(Inner), options)[0];

        Assert.Equal(expected, column.Format(new Inner(text, []), options));
    }
}
