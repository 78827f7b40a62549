using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Blog.ContractTests.Support;

/// <summary>Assertions on raw responses: status, JSON bodies, problem details. Never the hosts' own types.</summary>
public static partial class HttpJson
{
    public const string ProblemContentType = "application/problem+json";

    /// <summary>The body parsed as JSON (fails the test when it is not JSON).</summary>
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        try
        {
            return JsonNode.Parse(text) ?? throw new JsonException("the body is the JSON literal null");
        }
        catch (JsonException e)
        {
            Assert.Fail($"{Describe(response)} answered a body that is not JSON ({e.Message}): {Truncate(text)}");
            throw;
        }
    }

    /// <summary>Asserts the status code (the message carries the body) and returns the body text.</summary>
    public static async Task<string> ExpectStatusAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != expected)
        {
            Assert.Fail($"{Describe(response)}: expected {(int)expected} {expected} but got {(int)response.StatusCode} {response.StatusCode}. Body: {Truncate(text)}");
        }

        return text;
    }

    /// <summary>Asserts the status code is one of <paramref name="allowed"/>.</summary>
    public static async Task<string> ExpectStatusInAsync(this HttpResponseMessage response, params HttpStatusCode[] allowed)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!allowed.Contains(response.StatusCode))
        {
            Assert.Fail($"{Describe(response)}: expected one of {string.Join(", ", allowed.Select(s => (int)s))} but got {(int)response.StatusCode}. Body: {Truncate(text)}");
        }

        return text;
    }

    public static async Task<JsonNode> ExpectJsonAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ExpectStatusAsync(expected);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Assert.True(mediaType == "application/json", $"{Describe(response)}: expected Content-Type application/json but got '{mediaType}'.");
        return await response.JsonAsync();
    }

    public static async Task<JsonObject> ExpectObjectAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var node = await response.ExpectJsonAsync(expected);
        return node as JsonObject ?? throw Fail($"{Describe(response)}: expected a JSON object but got {node.ToJsonString()}");
    }

    public static async Task<JsonArray> ExpectArrayAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var node = await response.ExpectJsonAsync(expected);
        return node as JsonArray ?? throw Fail($"{Describe(response)}: expected a JSON array but got {Truncate(node.ToJsonString())}");
    }

    /// <summary>
    /// Asserts an RFC 9457 problem: the status, <c>Content-Type: application/problem+json</c>, and the members
    /// <c>type, title, status, detail, instance, trace_id</c> (status equal to the HTTP status, instance naming the request path).
    /// </summary>
    public static async Task<JsonObject> ExpectProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        await response.ExpectStatusAsync(expected);
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Assert.True(mediaType == ProblemContentType, $"{Describe(response)}: a {(int)expected} must be {ProblemContentType}, got Content-Type '{mediaType}'.");
        var problem = await response.JsonAsync() as JsonObject ?? throw Fail($"{Describe(response)}: a problem must be a JSON object.");
        var context = $"{Describe(response)} problem {problem.ToJsonString()}";
        foreach (var member in new[] { "type", "title", "detail", "instance", "trace_id" })
        {
            var value = problem[member];
            Assert.True(value is JsonValue v && v.GetValueKind() == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetValue<string>()),
                $"{context}: '{member}' must be a non-empty string.");
        }

        Assert.True(problem["status"] is JsonValue s && s.GetValueKind() == JsonValueKind.Number && s.GetValue<int>() == (int)expected,
            $"{context}: 'status' must be the number {(int)expected}.");
        var path = response.RequestMessage?.RequestUri?.AbsolutePath;
        if (path is not null)
        {
            var instance = problem["instance"]!.GetValue<string>();
            Assert.True(instance.Contains(path, StringComparison.Ordinal) || Uri.UnescapeDataString(instance).Contains(Uri.UnescapeDataString(path), StringComparison.Ordinal),
                $"{context}: 'instance' must name the request path '{path}'.");
        }

        return problem;
    }

    /// <summary>Asserts a 422 problem whose <c>errors</c> has an entry (a non-empty list of messages) for each field.</summary>
    public static async Task<JsonObject> ExpectValidationAsync(this HttpResponseMessage response, params string[] fields)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        var errors = problem["errors"] as JsonObject ?? throw Fail($"{Describe(response)}: a 422 must carry an 'errors' object: {problem.ToJsonString()}");
        foreach (var field in fields)
        {
            var messages = errors[field] as JsonArray;
            Assert.True(messages is { Count: > 0 } && messages.All(m => m is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>().Length > 0),
                $"{Describe(response)}: errors must have a non-empty list of messages under '{field}': {errors.ToJsonString()}");
        }

        foreach (var (key, _) in errors)
        {
            Assert.True(SnakeCase().IsMatch(key), $"{Describe(response)}: error keys are snake_case field names, got '{key}': {errors.ToJsonString()}");
        }

        return problem;
    }

    /// <summary>Asserts a 401 problem with a <c>WWW-Authenticate: Bearer</c> challenge.</summary>
    public static async Task<JsonObject> ExpectUnauthorizedAsync(this HttpResponseMessage response)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        AssertBearerChallenge(response);
        return problem;
    }

    public static void AssertBearerChallenge(HttpResponseMessage response)
    {
        var challenges = response.Headers.WwwAuthenticate.ToList();
        Assert.True(challenges.Any(c => string.Equals(c.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)),
            $"{Describe(response)}: a 401 must carry 'WWW-Authenticate: Bearer', got '{string.Join(", ", challenges)}'.");
    }

    /// <summary>Asserts the object has exactly these keys, no more, no fewer.</summary>
    public static void AssertKeys(JsonNode? node, params string[] keys)
    {
        var obj = node as JsonObject ?? throw Fail($"expected a JSON object, got {node?.ToJsonString() ?? "nothing"}");
        var actual = obj.Select(p => p.Key).Order(StringComparer.Ordinal).ToArray();
        Assert.True(actual.SequenceEqual(keys.Order(StringComparer.Ordinal)),
            $"expected exactly the keys [{string.Join(", ", keys.Order(StringComparer.Ordinal))}] but got [{string.Join(", ", actual)}] in {obj.ToJsonString()}");
    }

    /// <summary>Asserts a wire timestamp: ISO 8601 UTC with exactly 6 fractional digits and <c>Z</c>.</summary>
    public static DateTime AssertTimestamp(JsonNode? node)
    {
        var text = node is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;
        Assert.True(text is not null && Timestamp().IsMatch(text), $"expected a timestamp like 2026-01-31T12:00:00.123456Z, got {node?.ToJsonString() ?? "nothing"}");
        return DateTime.ParseExact(text, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);
    }

    public static long Long(this JsonNode? node, string key)
    {
        var value = node?[key];
        Assert.True(value is JsonValue v && v.GetValueKind() == JsonValueKind.Number, $"'{key}' must be an integer in {node?.ToJsonString()}");
        return value!.GetValue<long>();
    }

    public static string Str(this JsonNode? node, string key)
    {
        var value = node?[key];
        Assert.True(value is JsonValue v && v.GetValueKind() == JsonValueKind.String, $"'{key}' must be a string in {node?.ToJsonString()}");
        return value!.GetValue<string>();
    }

    public static bool Bool(this JsonNode? node, string key)
    {
        var value = node?[key];
        Assert.True(value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False, $"'{key}' must be a boolean in {node?.ToJsonString()}");
        return value!.GetValue<bool>();
    }

    public static bool IsNull(this JsonNode? node, string key) =>
        node is JsonObject obj && obj.TryGetPropertyValue(key, out var value) && value is null;

    public static string[] Strings(this JsonNode? node, string key)
    {
        var array = node?[key] as JsonArray ?? throw Fail($"'{key}' must be an array in {node?.ToJsonString()}");
        return array.Select(item => item is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? v.GetValue<string>()
            : throw Fail($"'{key}' must hold strings only: {array.ToJsonString()}")).ToArray();
    }

    /// <summary>The <c>Location</c> header as a path (absolute URIs are reduced to their path).</summary>
    public static string LocationPath(this HttpResponseMessage response)
    {
        var location = response.Headers.Location ?? throw Fail($"{Describe(response)}: a 201 must carry a Location header.");
        var text = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString;
        var query = text.IndexOf('?');
        return query >= 0 ? text[..query] : text;
    }

    public static string Describe(HttpResponseMessage response) =>
        $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri?.PathAndQuery}";

    public static string Truncate(string text) => text.Length > 3000 ? text[..3000] + "…" : text;

    public static Exception Fail(string message)
    {
        Assert.Fail(message);
        return new InvalidOperationException(message);
    }

    public static MediaTypeHeaderValue Json() => new("application/json") { CharSet = "utf-8" };

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$")]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"^[a-z][a-z0-9_]*$")]
    private static partial Regex SnakeCase();
}
