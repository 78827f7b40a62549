namespace Blog.ContractTests.Specs;

/// <summary>GET /health, /health/ready, the OpenAPI document and Swagger UI.</summary>
public abstract class HealthAndDocsSpecs(IBlogHost host) : ContractSpec(host)
{
    [Fact]
    public async Task Health_is_200_status_ok()
    {
        var body = await (await Api.GetAsync("/health")).ExpectObjectAsync();
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"status": "ok"}"""), body), $"GET /health answered {body.ToJsonString()}");
    }

    /// <summary>It answers straight from routing: no token is read, so no check that could need the database runs.</summary>
    [Fact]
    public async Task Health_is_200_whatever_credentials_are_sent()
    {
        var user = await Api.NewUserAsync();
        foreach (var token in new[] { user.AccessToken, user.RefreshToken, "not-a-token" })
        {
            var body = await (await Api.GetAsync("/health", token)).ExpectObjectAsync();
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"status": "ok"}"""), body), $"GET /health answered {body.ToJsonString()}");
        }
    }

    [Fact]
    public async Task Ready_is_200_while_the_database_answers()
    {
        await (await Api.GetAsync("/health/ready")).ExpectStatusAsync(HttpStatusCode.OK);
    }

    private async Task<JsonObject> OpenApiAsync()
    {
        var doc = await (await Api.GetAsync("/swagger/v1/swagger.json")).ExpectObjectAsync();
        Assert.True(doc["openapi"] is not null || doc["swagger"] is not null, "an OpenAPI document names its version");
        return doc;
    }

    [Fact]
    public async Task The_openapi_document_has_an_oauth2_password_flow_wired_to_auth_login()
    {
        var doc = await OpenApiAsync();
        var schemes = doc["components"]?["securitySchemes"] as JsonObject
            ?? throw HttpJson.Fail($"the document has no components.securitySchemes: {HttpJson.Truncate(doc.ToJsonString())}");
        var oauth2 = schemes.Where(s => s.Value?["type"]?.GetValue<string>() == "oauth2").Select(s => (s.Key, Scheme: s.Value!)).ToList();
        var (name, scheme) = Assert.Single(oauth2);
        var tokenUrl = scheme["flows"]?["password"]?.Str("tokenUrl")
            ?? throw HttpJson.Fail($"the oauth2 scheme has no password flow: {scheme.ToJsonString()}");
        Assert.EndsWith("/auth/login", tokenUrl.TrimEnd('/'), StringComparison.Ordinal);

        // Swagger UI's Authorize button only sends the token to operations that require the scheme.
        var createPost = doc["paths"]?["/posts"]?["post"];
        var requirements = (createPost?["security"] as JsonArray) ?? (doc["security"] as JsonArray);
        Assert.True(requirements is not null && requirements.Any(r => r is JsonObject o && o.ContainsKey(name)),
            $"POST /posts must require the '{name}' scheme (or the document must require it globally)");
    }

    /// <summary>Every operation of the contract, by its path template as the contract writes it, and whether it needs a token.</summary>
    public static TheoryData<string, string, string, bool> Operations() => new()
    {
        { "post", "/auth/register", "register", false },
        { "post", "/auth/login", "login", false },
        { "post", "/auth/refresh", "refreshTokens", false },
        { "post", "/auth/logout", "logout", false },
        { "get", "/users/me", "getCurrentUser", true },
        { "get", "/users/{id}", "getUser", false },
        { "post", "/users/me/api-keys", "createApiKey", true },
        { "get", "/users/me/api-keys", "listApiKeys", true },
        { "get", "/users/me/api-keys/{id}", "getApiKey", true },
        { "delete", "/users/me/api-keys/{id}", "revokeApiKey", true },
        { "get", "/users/me/notifications", "listNotifications", true },
        { "post", "/users/me/notifications/{id}/read", "readNotification", true },
        { "get", "/posts", "listPosts", false },
        { "post", "/posts", "createPost", true },
        { "get", "/posts/{id}", "getPost", false },
        { "put", "/posts/{id}", "replacePost", true },
        { "patch", "/posts/{id}", "updatePost", true },
        { "delete", "/posts/{id}", "deletePost", true },
        { "get", "/posts/{id}/comments", "listComments", false },
        { "post", "/posts/{id}/comments", "createComment", true },
        { "get", "/posts/{id}/comments/{comment_id}", "getComment", false },
        { "delete", "/posts/{id}/comments/{comment_id}", "deleteComment", true },
        { "get", "/tags", "listTags", false },
        { "get", "/health", "checkHealth", false },
        { "get", "/health/ready", "checkReadiness", false },
        { "get", "/metrics", "getMetrics", false },
    };

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Each_operation_has_its_id_a_summary_and_the_oauth2_requirement_only_when_it_needs_a_token(
        string method, string path, string operationId, bool needsToken)
    {
        var doc = await OpenApiAsync();
        var operation = doc["paths"]?[path]?[method] as JsonObject
            ?? throw HttpJson.Fail($"the document has no {method.ToUpperInvariant()} {path}; it has {string.Join(", ", (doc["paths"] as JsonObject ?? []).Select(p => p.Key))}");
        Assert.Equal(operationId, (string?)operation["operationId"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)operation["summary"]), $"{operationId} has no summary");
        var requirements = operation["security"] as JsonArray ?? doc["security"] as JsonArray ?? [];
        Assert.True(needsToken == requirements.Any(r => r is JsonObject { Count: > 0 }),
            $"{operationId} must {(needsToken ? "" : "not ")}require the oauth2 scheme: security {requirements.ToJsonString()}");
    }

    [Fact]
    public async Task The_openapi_document_lists_exactly_the_contracts_operations()
    {
        var doc = await OpenApiAsync();
        var documented = (doc["paths"] as JsonObject ?? [])
            .SelectMany(p => (p.Value as JsonObject ?? []).Select(o => $"{o.Key} {p.Key}"))
            .Order(StringComparer.Ordinal);
        var contract = Operations().Select(row => $"{row.Data.Item1} {row.Data.Item2}").Order(StringComparer.Ordinal);
        Assert.Equal(contract, documented);
    }

    [Fact]
    public async Task The_list_parameters_are_typed_and_bounded_as_on_the_wire()
    {
        var doc = await OpenApiAsync();
        var all = doc["paths"]?["/posts"]?["get"]?["parameters"] as JsonArray ?? [];
        Assert.Equal(["query", "header"], all.Where(p => (string?)p!["name"] == "api-version").Select(p => (string)p!["in"]!));
        var parameters = all.Where(p => (string?)p!["in"] == "query" && (string?)p!["name"] != "api-version")
            .ToDictionary(p => (string)p!["name"]!, p => p!["schema"]!);
        Assert.Equal(["author_id", "cursor", "limit", "search", "sort", "status", "tag"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type": "integer", "format": "int32", "minimum": 1, "maximum": 100, "default": 20}"""), parameters["limit"]),
            $"limit: {parameters["limit"].ToJsonString()}");
        Assert.Equal("integer", (string?)parameters["author_id"]["type"]);
        Assert.Equal(["draft", "published", "archived"], parameters["status"]["enum"]!.AsArray().Select(v => (string)v!));
        Assert.Equal(["created_at", "-created_at", "updated_at", "-updated_at", "title", "-title"], parameters["sort"]["enum"]!.AsArray().Select(v => (string)v!));
    }

    [Theory]
    [InlineData("/swagger")]
    [InlineData("/swagger/")]
    public async Task Swagger_ui_is_served_at_swagger(string start)
    {
        var response = await Api.GetAsync(start);
        for (var hops = 0; (int)response.StatusCode is >= 300 and < 400 && hops < 3; hops++)
        {
            var location = response.Headers.Location ?? throw HttpJson.Fail("a redirect without Location");
            response = await Api.GetAsync(location.IsAbsoluteUri ? location.PathAndQuery : new Uri(new Uri("http://host" + start), location).PathAndQuery);
        }

        await response.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var index = await Api.GetAsync("/swagger/index.html");
        await index.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
    }
}
