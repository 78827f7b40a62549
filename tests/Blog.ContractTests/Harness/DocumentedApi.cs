using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Blog.ContractTests.Harness;

/// <summary>
/// A host's own OpenAPI document, read as the contract of its answers: which operation a request is (method and
/// path template), which statuses it documents, and the content type, JSON schema and headers of each. The schemas
/// are checked with JsonSchema.Net (OpenAPI 3.1 schemas are JSON Schema 2020-12), formats included.
/// </summary>
public sealed class DocumentedApi
{
    private const string ProblemContentType = "application/problem+json";

    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    private readonly List<Operation> operations = [];
    private readonly JsonSchema problem;
    private readonly JsonObject components;
    private readonly BuildOptions build = new() { SchemaRegistry = new SchemaRegistry() };
    private int built;

    private DocumentedApi(JsonObject document)
    {
        components = document["components"]?["schemas"] as JsonObject ?? [];
        problem = Schema(JsonNode.Parse("""{"$ref": "#/components/schemas/ProblemDetails"}""")!);
        foreach (var (template, item) in document["paths"] as JsonObject ?? [])
        {
            var pathParameters = new Dictionary<string, JsonSchema>();
            foreach (var (method, value) in item as JsonObject ?? [])
            {
                var operation = new Operation(method.ToUpperInvariant(), template, Matcher(template), (string?)value?["operationId"], pathParameters);
                foreach (var parameter in value?["parameters"] as JsonArray ?? [])
                {
                    if ((string?)parameter?["in"] == "path") pathParameters[(string)parameter["name"]!] = Schema(parameter["schema"]!);
                }

                foreach (var (status, response) in value?["responses"] as JsonObject ?? [])
                {
                    var content = (response?["content"] as JsonObject ?? [])
                        .ToDictionary(c => c.Key, c => Schema(c.Value!["schema"]!), StringComparer.OrdinalIgnoreCase);
                    var headers = (response?["headers"] as JsonObject ?? [])
                        .Where(h => (bool?)h.Value?["required"] == true).Select(h => h.Key).ToList();
                    operation.Responses[status] = new Answer(content, headers);
                }

                operations.Add(operation);
            }
        }
    }

    /// <summary>The document of API 2.0, which describes the answers to requests that ask for it.</summary>
    private DocumentedApi? version2;

    /// <summary>Reads the documents a host serves at /swagger/v1/swagger.json and /swagger/v2/swagger.json.</summary>
    public static async Task<DocumentedApi> LoadAsync(HttpClient client)
    {
        var api = new DocumentedApi(await ReadAsync(client, "v1"));
        api.version2 = new DocumentedApi(await ReadAsync(client, "v2"));
        return api;
    }

    private static async Task<JsonObject> ReadAsync(HttpClient client, string version)
    {
        using var response = await client.GetAsync($"/swagger/{version}/swagger.json");
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode || JsonNode.Parse(text) is not JsonObject document)
        {
            throw new InvalidOperationException($"The host serves no OpenAPI document at /swagger/{version}/swagger.json ({(int)response.StatusCode}): {text}");
        }

        return document;
    }

    /// <summary>Whether the request asked for API 2.0 by the api-version query parameter or header.</summary>
    private static bool AsksVersion2(HttpRequestMessage request)
    {
        var query = System.Web.HttpUtility.ParseQueryString(request.RequestUri!.Query).GetValues("api-version") ?? [];
        var header = request.Headers.TryGetValues("api-version", out var values) ? values : [];
        var asked = query.Concat(header).Distinct().ToList();
        return asked is ["2.0"] or ["2"];
    }

    /// <summary>What is wrong with an answer as the document describes it, or null when it matches.</summary>
    public string? Mismatch(HttpResponseMessage response, string body)
    {
        var request = response.RequestMessage!;
        if (version2 is not null && AsksVersion2(request))
        {
            return version2.Mismatch(response, body);
        }

        var path = request.RequestUri!.AbsolutePath;
        if (path.StartsWith("/swagger", StringComparison.Ordinal))
        {
            return null;
        }

        // A CORS preflight is the browser's question about an operation, answered by the CORS protocol for every path,
        // not an operation of its own (OpenAPI documents none).
        if (request.Method == HttpMethod.Options && request.Headers.Contains("Access-Control-Request-Method"))
        {
            return null;
        }

        path = path.Length > 1 ? path.TrimEnd('/') : path;
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var onPath = operations.Where(o => o.Matches(path)).ToList();
        var operation = onPath.FirstOrDefault(o => o.Method == request.Method.Method);
        if (operation is null)
        {
            // No operation: a path no template matches is a 404 problem, a method the path lacks a 405 problem.
            var expected = onPath.Count == 0 ? "404" : "405";
            return status == expected
                ? Check(new Answer(new Dictionary<string, JsonSchema> { [ProblemContentType] = problem }, []), response, body)
                : $"it is no documented operation (the document has {(onPath.Count == 0 ? "no such path" : $"no {request.Method} on {onPath[0].Template}")}), so it must be a {expected} problem";
        }

        return operation.Responses.TryGetValue(status, out var answer)
            ? Check(answer, response, body) is { } mismatch ? $"{operation.Id} ({operation.Method} {operation.Template}) {status}: {mismatch}" : null
            : $"{operation.Id} ({operation.Method} {operation.Template}) does not document the status {status} (it documents {string.Join(", ", operation.Responses.Keys)})";
    }

    private static string? Check(Answer answer, HttpResponseMessage response, string body)
    {
        foreach (var header in answer.RequiredHeaders)
        {
            if (!response.Headers.Contains(header) && !response.Content.Headers.Contains(header))
            {
                return $"the required header {header} is missing";
            }
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (answer.Content.Count == 0)
        {
            return body.Length == 0 ? null : $"the document says no body, but one came ({mediaType}): {Truncate(body)}";
        }

        if (mediaType is null || !answer.Content.TryGetValue(mediaType, out var schema))
        {
            return $"the Content-Type '{mediaType}' is not one the document lists ({string.Join(", ", answer.Content.Keys)})";
        }

        if (!IsJson(mediaType))
        {
            // A text answer (the Prometheus scrape): its schema describes the body as one string.
            return schema.Evaluate(JsonSerializer.SerializeToElement(body), Evaluation).IsValid
                ? null
                : $"the {mediaType} body does not match the documented schema: {Truncate(body)}";
        }

        JsonElement json;
        try
        {
            json = JsonDocument.Parse(body).RootElement;
        }
        catch (JsonException e)
        {
            return $"the body is not JSON ({e.Message}): {Truncate(body)}";
        }

        var result = schema.Evaluate(json, Evaluation);
        if (result.IsValid)
        {
            return null;
        }

        var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}"));
        return $"the body does not match the documented schema: {string.Join("; ", errors.Take(8))}. Body: {Truncate(body)}";
    }

    private static bool IsJson(string mediaType) =>
        mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);

    /// <summary>A schema of the document, its component references resolved within the document's components.</summary>
    private JsonSchema Schema(JsonNode schema)
    {
        var root = JsonNode.Parse(schema.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal)) as JsonObject
            ?? new JsonObject { ["allOf"] = new JsonArray(schema.DeepClone()) };
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = JsonNode.Parse(components.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal));
        var baseUri = new Uri($"https://openapi.contract.test/schema/{Interlocked.Increment(ref built)}");
        return JsonSchema.FromText(root.ToJsonString(), build, baseUri);
    }

    private static string Truncate(string text) => text.Length > 1500 ? text[..1500] + "…" : text;

    private static Regex Matcher(string template) =>
        new("^" + Regex.Replace(Regex.Escape(template).Replace(@"\{", "{", StringComparison.Ordinal), @"\{([a-z_]+)}", "(?<$1>[^/]+)") + "$");

    private sealed record Answer(Dictionary<string, JsonSchema> Content, List<string> RequiredHeaders);

    private sealed record Operation(string Method, string Template, Regex Path, string? Id, Dictionary<string, JsonSchema> PathParameters)
    {
        public Dictionary<string, Answer> Responses { get; } = [];

        /// <summary>The path fits the template and each path parameter is a valid value of its schema (an id is an integer).</summary>
        public bool Matches(string path)
        {
            var match = Path.Match(path);
            return match.Success && PathParameters.All(p =>
            {
                var raw = Uri.UnescapeDataString(match.Groups[p.Key].Value);
                var value = long.TryParse(raw, out var number) ? JsonSerializer.SerializeToElement(number) : JsonSerializer.SerializeToElement(raw);
                return p.Value.Evaluate(value, EvaluationOptions.Default).IsValid;
            });
        }
    }
}
