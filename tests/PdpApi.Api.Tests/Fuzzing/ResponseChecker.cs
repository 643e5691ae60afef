using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PdpApi.Api.Tests.Fuzzing;

/// <summary>
/// Sends a request and holds the answer to the document: no 5xx; only declared statuses; every 4xx a problem+json with
/// the status and a traceId; every body in a declared media type, and every JSON body valid against its schema.
/// </summary>
public sealed class ResponseChecker(OpenApiSpec spec, HttpClient client)
{
    private const string ProblemJson = "application/problem+json";

    private readonly SchemaValidator _validator = new(spec.Schemas);

    /// <summary>Null when the answer conforms; otherwise what was wrong, with the request and the response.</summary>
    public async Task<string?> CheckAsync(ApiOperation fuzzed, FuzzRequest request, FuzzStats stats, CancellationToken cancel)
    {
        // A fuzzed path segment can spell another operation's literal (/series/observations): judge by the one routed to.
        var operation = spec.Route(request.Method, request.PathOnly) ?? fuzzed;
        using var message = request.ToMessage();
        var started = Stopwatch.GetTimestamp();
        using var response = await client.SendAsync(message, cancel);
        var body = await response.Content.ReadAsStringAsync(cancel);
        stats.RecordTime(Stopwatch.GetElapsedTime(started), request);
        var status = (int)response.StatusCode;
        stats.Record(status);

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var wrong = Judge(operation, status, mediaType, body, stats);
        return wrong is null ? null : Describe(wrong, operation, request, status, mediaType, body);
    }

    private string? Judge(ApiOperation operation, int status, string? mediaType, string body, FuzzStats stats)
    {
        if (status >= 500)
            return $"The server failed with {status}.";
        if (!operation.Declares(status))
        {
            var declared = string.Join(", ", operation.Responses.EnumerateObject().Select(r => r.Name));
            return $"{status} is not a status the operation declares (it declares {declared}).";
        }
        if (status is >= 400 and < 500)
        {
            if (mediaType != ProblemJson)
                return $"A {status} must be {ProblemJson}, not {mediaType ?? "without a Content-Type"}.";
            if (!TryParse(body, out var problem) || problem.ValueKind is not JsonValueKind.Object)
                return $"A {status} body is not a JSON object.";
            if (!problem.TryGetProperty("status", out var problemStatus) || problemStatus.ValueKind is not JsonValueKind.Number
                || !problemStatus.TryGetInt32(out var stated) || stated != status)
            {
                return $"The problem's 'status' is not {status}.";
            }
            if (!problem.TryGetProperty("traceId", out var traceId) || traceId.ValueKind is not JsonValueKind.String
                || traceId.GetString()!.Length == 0)
            {
                return "The problem has no 'traceId'.";
            }
            return SchemaViolations(operation, status, ProblemJson, problem);
        }
        if (status is >= 200 and < 300)
        {
            var declared = operation.MediaTypes(status);
            if (mediaType is null || !declared.Contains(mediaType))
                return $"A {status} in {mediaType ?? "no media type"} is not declared (declared: {string.Join(", ", declared)}).";
            if (mediaType == "application/json")
            {
                if (!TryParse(body, out var json))
                    return $"A {status} application/json body is not JSON.";
                var violations = SchemaViolations(operation, status, mediaType, json);
                if (violations is not null)
                    return violations;
                stats.RecordValidated();
            }
        }
        return null;
    }

    private string? SchemaViolations(ApiOperation operation, int status, string mediaType, JsonElement value)
    {
        if (operation.ResponseSchema(status, mediaType) is not { } schema)
            return null;
        var errors = _validator.Validate(schema, value);
        return errors.Count == 0
            ? null
            : $"The {status} {mediaType} body does not match its schema {Name(schema)}:\n    " + string.Join("\n    ", errors);
    }

    private static string Name(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference) ? reference.GetString()! : "(inline)";

    private static bool TryParse(string text, out JsonElement value)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            value = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }

    private static string Describe(string wrong, ApiOperation operation, FuzzRequest request, int status, string? mediaType, string body) =>
        new StringBuilder()
            .AppendLine(wrong)
            .Append("  Operation: ").AppendLine(operation.ToString())
            .Append("  Request:   ").AppendLine(request.ToString().Replace("\n", "\n             ", StringComparison.Ordinal))
            .Append("  Response:  ").Append(status.ToString(CultureInfo.InvariantCulture)).Append(' ').AppendLine(mediaType ?? "(no Content-Type)")
            .Append("             ").Append(FuzzRequest.Excerpt(body, 1200))
            .ToString();
}
