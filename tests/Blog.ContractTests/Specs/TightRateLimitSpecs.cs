namespace Blog.ContractTests.Specs;

/// <summary>
/// docs/contract.md, "Rate limits" and "CORS", with each limit set tight (<see cref="TightLimitsHostFixture{TProgram}.Settings"/>),
/// counted in memory; each spec is a client address of its own (X-Forwarded-For from the trusted loopback proxy).
/// </summary>
public abstract class TightRateLimitSpecs(IBlogHost host) : ContractSpec(host)
{
    private const string Origin = "https://app.example";

    /// <summary>A client at an address no other spec uses.</summary>
    private Api From(string? address = null)
    {
        var api = NewApi();
        api.Http.DefaultRequestHeaders.Add("X-Forwarded-For", address ?? NewAddress());
        return api;
    }

    private static string NewAddress()
    {
        var bytes = Guid.NewGuid().ToByteArray();
        return $"10.{bytes[0]}.{bytes[1]}.{bytes[2]}";
    }

    [Fact]
    public async Task Auth_requests_are_limited_per_client_address()
    {
        using var client = From();
        for (var i = 1; i <= 4; i++)
        {
            var name = Unique.Username();
            var registered = await client.RegisterAsync(name, Unique.Email(name));
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            RateLimitAssert.Headers(registered, 4, 4 - i, 60);
        }

        var another = Unique.Username();
        await RateLimitAssert.RefusedAsync(await client.RegisterAsync(another, Unique.Email(another)), 4, 60);
        await RateLimitAssert.RefusedAsync(await client.LoginAsync(another), 4, 60);

        using var elsewhere = From();
        Assert.Equal(HttpStatusCode.Created, (await elsewhere.RegisterAsync(another, Unique.Email(another))).StatusCode);
    }

    [Fact]
    public async Task Writes_are_limited_per_user_whatever_the_address()
    {
        using var client = From();
        var user = await client.NewUserAsync();
        for (var i = 1; i <= 3; i++)
        {
            using var somewhere = From();
            var created = await somewhere.PostAsync("/posts", new { title = $"Write {i}", content = "Counted." }, user.AccessToken);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            RateLimitAssert.Headers(created, 3, 3 - i, 60);
        }

        await RateLimitAssert.RefusedAsync(await client.PostAsync("/posts", new { title = "One too many", content = "Refused." }, user.AccessToken), 3, 60);
        await RateLimitAssert.RefusedAsync(await client.DeleteAsync("/posts/1", user.AccessToken), 3, 60);

        using var other = From();
        var someoneElse = await other.NewUserAsync();
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsync("/posts", new { title = "Mine", content = "Fine." }, someoneElse.AccessToken)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_reads_are_limited_per_address_and_reads_with_a_token_are_not()
    {
        using var reader = From();
        var user = await reader.NewUserAsync();
        string[] paths = ["/posts", "/tags", $"/users/{user.Id}"];
        for (var i = 1; i <= 3; i++)
        {
            var read = await reader.GetAsync(paths[i - 1]);
            Assert.Equal(HttpStatusCode.OK, read.StatusCode);
            RateLimitAssert.Headers(read, 3, 3 - i, 60);
        }

        await RateLimitAssert.RefusedAsync(await reader.GetAsync("/posts"), 3, 60);
        var withToken = await reader.GetAsync("/posts", user.AccessToken);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        RateLimitAssert.NoHeaders(withToken);

        using var elsewhere = From();
        Assert.Equal(HttpStatusCode.OK, (await elsewhere.GetAsync("/posts")).StatusCode);
    }

    [Theory]
    [InlineData("Basic x")]
    [InlineData("ApiKey")]
    public async Task A_read_whose_authorization_authenticates_no_one_is_counted_as_anonymous(string authorization)
    {
        using var reader = From();
        for (var i = 1; i <= 3; i++)
        {
            var read = await GetWithAuthorizationAsync(reader, authorization);
            RateLimitAssert.Headers(read, 3, 3 - i, 60);
        }

        await RateLimitAssert.RefusedAsync(await GetWithAuthorizationAsync(reader, authorization), 3, 60);
    }

    [Fact]
    public async Task Login_failures_are_counted_per_username_across_addresses()
    {
        using var client = From();
        var user = await client.NewUserAsync();
        for (var i = 0; i < 2; i++)
        {
            using var somewhere = From();
            Assert.Equal(HttpStatusCode.Unauthorized, (await somewhere.LoginAsync(user.Username, "wrong password")).StatusCode);
        }

        using var third = From();
        await RateLimitAssert.RefusedAsync(await third.LoginAsync(user.Username, "wrong password"), 2, 60);
        await RateLimitAssert.RefusedAsync(await third.LoginAsync(user.Username), 2, 60);
    }

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_gets_the_policy()
    {
        using var client = From();
        var response = await client.Http.SendAsync(Preflight(Origin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Origin, Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal(["GET", "POST", "PUT", "PATCH", "DELETE"], List(response, "Access-Control-Allow-Methods"));
        Assert.Equal(["Authorization", "Content-Type", "If-Match", "If-None-Match", "Idempotency-Key", "api-version"],
            List(response, "Access-Control-Allow-Headers"));
        Assert.Equal("600", Single(response, "Access-Control-Max-Age"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
        Assert.Contains("Origin", response.Headers.Vary);
        RateLimitAssert.NoHeaders(response);
    }

    [Fact]
    public async Task A_preflight_from_another_origin_is_answered_without_the_policy()
    {
        using var client = From();
        var response = await client.Http.SendAsync(Preflight("https://evil.example"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Origin", response.Headers.Vary);
    }

    [Fact]
    public async Task An_allowed_origin_may_read_the_headers_a_browser_app_needs()
    {
        using var client = From();
        var user = await client.NewUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/posts") { Content = Api.JsonContent("""{"title":"From a browser","content":"Hello."}""") };
        request.Headers.Add("Origin", Origin);
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", user.AccessToken);
        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(Origin, Single(response, "Access-Control-Allow-Origin"));
        Assert.Equal(
            ["ETag", "Location", "Retry-After", "RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "api-supported-versions", "Idempotent-Replayed"],
            List(response, "Access-Control-Expose-Headers"));
        Assert.Contains("Origin", response.Headers.Vary);

        using var refused = new HttpRequestMessage(HttpMethod.Get, "/posts");
        refused.Headers.Add("Origin", "https://evil.example");
        var other = await client.Http.SendAsync(refused);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Contains("Origin", other.Headers.Vary);
    }

    private static Task<HttpResponseMessage> GetWithAuthorizationAsync(Api client, string authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/posts");
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return client.Http.SendAsync(request);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/posts/1");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "PUT");
        request.Headers.Add("Access-Control-Request-Headers", "authorization, if-match");
        return request;
    }

    private static string Single(HttpResponseMessage response, string name) =>
        Assert.Single(response.Headers.TryGetValues(name, out var values) ? values : []);

    private static string[] List(HttpResponseMessage response, string name) =>
        Single(response, name).Split(',', StringSplitOptions.TrimEntries);
}
