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

    [Fact]
    public async Task The_openapi_document_describes_every_route()
    {
        var doc = await OpenApiAsync();
        var paths = (doc["paths"] as JsonObject ?? throw HttpJson.Fail("the document has no paths")).Select(p => p.Key).ToList();
        foreach (var path in new[] { "/auth/register", "/auth/login", "/auth/refresh", "/auth/logout", "/users/me", "/posts", "/tags" })
        {
            Assert.Contains(path, paths);
        }

        Assert.Contains(paths, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^/users/\{[^}]+\}$"));
        Assert.Contains(paths, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^/posts/\{[^}]+\}$"));
        Assert.Contains(paths, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^/posts/\{[^}]+\}/comments$"));
        Assert.Contains(paths, p => System.Text.RegularExpressions.Regex.IsMatch(p, @"^/posts/\{[^}]+\}/comments/\{[^}]+\}$"));
    }

    [Fact]
    public async Task Swagger_ui_is_served_at_swagger()
    {
        var response = await Api.GetAsync("/swagger");
        for (var hops = 0; (int)response.StatusCode is >= 300 and < 400 && hops < 3; hops++)
        {
            var location = response.Headers.Location ?? throw HttpJson.Fail("a redirect without Location");
            response = await Api.GetAsync(location.IsAbsoluteUri ? location.PathAndQuery : new Uri(new Uri("http://host/swagger"), location).PathAndQuery);
        }

        await response.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("swagger", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        var index = await Api.GetAsync("/swagger/index.html");
        await index.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal("text/html", index.Content.Headers.ContentType?.MediaType);
    }
}
