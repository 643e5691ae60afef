using System.Text.Json;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>The fuzzer's schema validator: it must catch what the document forbids, say where, and refuse what it cannot read.</summary>
public sealed class SchemaValidatorTests
{
    private static readonly JsonElement Schemas = JsonDocument.Parse("""
        {
          "Sector": { "enum": ["tourism", "agro-industry"], "type": "string" },
          "Period": {
            "required": ["label"], "type": "object", "additionalProperties": false,
            "properties": { "label": { "type": "string" }, "from": { "type": "integer", "format": "int32", "nullable": true } }
          },
          "Row": {
            "required": ["id", "name"], "type": "object", "additionalProperties": false,
            "properties": {
              "id": { "type": "integer", "format": "int32" },
              "name": { "type": "string", "description": "Its name.", "readOnly": true },
              "sector": { "allOf": [{ "$ref": "#/components/schemas/Sector" }], "description": "A sector." },
              "period": { "allOf": [{ "$ref": "#/components/schemas/Period" }], "nullable": true },
              "share": { "type": "number", "format": "double", "nullable": true },
              "on": { "type": "string", "format": "date" },
              "tags": { "type": "object", "additionalProperties": { "type": "array", "items": { "type": "string" } } },
              "values": { "maxItems": 2, "type": "array", "items": { "type": "number" } }
            }
          },
          "Page": {
            "required": ["items"], "type": "object",
            "properties": { "items": { "type": "array", "items": { "$ref": "#/components/schemas/Row" } } }
          },
          "Either": { "oneOf": [{ "type": "string" }, { "type": "integer" }] },
          "Any": { "anyOf": [{ "type": "string" }, { "type": "boolean" }] }
        }
        """).RootElement;

    private static readonly SchemaValidator Validator = new(Schemas);

    private static IReadOnlyList<string> Validate(string schemaName, string json) =>
        Validator.Validate(JsonDocument.Parse($$"""{ "$ref": "#/components/schemas/{{schemaName}}" }""").RootElement,
            JsonDocument.Parse(json).RootElement);

    [Fact]
    public void A_conforming_value_has_no_violations()
    {
        var errors = Validate("Page", """
            { "items": [ { "id": 1, "name": "a", "sector": "tourism", "period": { "label": "1991-1995", "from": null },
                           "share": 1.5, "on": "2007-03-31", "tags": { "x": ["y"] }, "values": [1, 2] },
                         { "id": 2, "name": "b", "period": null, "share": null } ] }
            """);

        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("""{ "items": [ { "id": 1, "name": "a" }, { "id": 2 } ] }""", "$.items[1]: required property 'name' is missing")]
    [InlineData("""{ "items": [ { "id": 1, "name": "a", "extra": 1 } ] }""", "$.items[0].extra: property is not in the schema")]
    [InlineData("""{ "items": [ { "id": "1", "name": "a" } ] }""", "$.items[0].id: expected integer, got \"1\"")]
    [InlineData("""{ "items": [ { "id": 1.5, "name": "a" } ] }""", "$.items[0].id: expected integer")]
    [InlineData("""{ "items": [ { "id": 2147483648, "name": "a" } ] }""", "$.items[0].id: 2147483648 is not a valid int32")]
    [InlineData("""{ "items": [ { "id": 1, "name": null } ] }""", "$.items[0].name: expected string (not nullable), got null")]
    [InlineData("""{ "items": [ { "id": 1, "name": "a", "sector": null } ] }""", "$.items[0].sector: expected string (not nullable)")]
    [InlineData("""{ "items": [ { "id": 1, "name": "a", "sector": "mining" } ] }""", "$.items[0].sector: \"mining\" is not one of the enum values")]
    [InlineData("""{ "items": [ { "id": 1, "name": "a", "period": { "from": 1991 } } ] }""", "$.items[0].period: required property 'label' is missing")]
    [InlineData("""{ "items": [ { "id": 1, "name": "a", "share": "NaN" } ] }""", "$.items[0].share: expected number, got \"NaN\"")]
    [InlineData("""{ "items": [ { "id": 1, "name": "a", "on": "31/03/2007" } ] }""", "$.items[0].on: \"31/03/2007\" is not a valid date")]
    [InlineData("""{ "items": [ { "id": 1, "name": "a", "tags": { "x": [1] } } ] }""", "$.items[0].tags.x[0]: expected string, got 1")]
    [InlineData("""{ "items": [ { "id": 1, "name": "a", "values": [1, 2, 3] } ] }""", "$.items[0].values: 3 items, more than maxItems 2")]
    [InlineData("""{ "items": {} }""", "$.items: expected array, got an object")]
    public void A_violation_is_reported_at_its_json_path(string json, string expected)
    {
        var errors = Validate("Page", json);

        Assert.Contains(errors, e => e.StartsWith(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Either", "\"a\"", true)]
    [InlineData("Either", "1", true)]
    [InlineData("Either", "true", false)]
    [InlineData("Any", "true", true)]
    [InlineData("Any", "1", false)]
    public void OneOf_and_anyOf_count_the_schemas_that_match(string schema, string json, bool valid)
    {
        Assert.Equal(valid, Validate(schema, json).Count == 0);
    }

    [Theory]
    [InlineData("""{ "type": "string", "x-unknown": true }""")]
    [InlineData("""{ "type": "string", "format": "uuid" }""")]
    [InlineData("""{ "type": "tuple" }""")]
    [InlineData("""{ "$ref": "#/definitions/Row" }""")]
    [InlineData("""{ "not": { "type": "string" } }""")]
    public void A_schema_it_cannot_fully_check_is_refused_not_passed(string schema)
    {
        Assert.ThrowsAny<Exception>(() =>
            Validator.Validate(JsonDocument.Parse(schema).RootElement, JsonDocument.Parse("\"a\"").RootElement));
    }

    [Fact]
    public void Every_keyword_type_and_format_the_document_uses_is_understood()
    {
        var spec = OpenApiSpec.CheckedIn;
        var schemas = spec.Schemas.EnumerateObject().Select(s => (s.Value, "#/components/schemas/" + s.Name))
            .Concat(spec.Operations.SelectMany(o => o.Responses.EnumerateObject()
                .Where(r => r.Value.TryGetProperty("content", out _))
                .SelectMany(r => r.Value.GetProperty("content").EnumerateObject()
                    .Where(c => c.Name != "application/zip") // a download: its bytes are not JSON to validate
                    .Select(c => (c.Value.GetProperty("schema"), $"{o} {r.Name} {c.Name}")))))
            .Concat(spec.Operations.Where(o => o.RequestBodySchema is not null).Select(o => (o.RequestBodySchema!.Value, $"{o} request body")));

        var notUnderstood = schemas.SelectMany(s => SchemaValidator.NotUnderstood(s.Item1, s.Item2)).ToList();

        Assert.True(notUnderstood.Count == 0, "The validator does not understand:\n" + string.Join("\n", notUnderstood));
    }

    [Fact]
    public void A_keyword_it_does_not_know_is_found_wherever_it_is_nested()
    {
        var schema = JsonDocument.Parse("""
            { "type": "object", "properties": { "a": { "type": "array", "items": { "allOf": [{ "type": "string", "format": "uuid", "x-odd": 1 }] } } } }
            """).RootElement;

        var found = SchemaValidator.NotUnderstood(schema, "#").ToList();

        Assert.Equal(["#/properties/a/items/allOf/0/x-odd: keyword", "#/properties/a/items/allOf/0/format: \"uuid\""], found);
    }
}
