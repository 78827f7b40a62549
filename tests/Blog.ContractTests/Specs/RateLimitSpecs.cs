namespace Blog.ContractTests.Specs;

/// <summary>
/// docs/contract.md, "Rate limits", on the defaults every host starts with: a brute-force burst on one username is
/// throttled after five checked attempts, every limited answer carries the RateLimit-* headers, and the headers
/// every answer carries ("CORS, compression and headers").
/// </summary>
public abstract class RateLimitSpecs(IBlogHost host) : ContractSpec(host)
{
    private const int LoginFailures = 5;
    private const int LoginWindow = 300;

    [Fact]
    public async Task A_burst_of_wrong_logins_for_one_username_checks_exactly_five_then_even_the_right_password_is_429()
    {
        var user = await Api.NewUserAsync();
        var burst = await AllAtOnceAsync(30, (api, i) => api.LoginAsync(i % 2 == 0 ? user.Username : user.Username.ToUpperInvariant(), "wrong password"));

        Assert.True(burst.Count(r => r.StatusCode == HttpStatusCode.Unauthorized) == LoginFailures, Statuses(burst));
        Assert.True(burst.Count(r => (int)r.StatusCode == 429) == burst.Length - LoginFailures, Statuses(burst));
        foreach (var refused in burst.Where(r => (int)r.StatusCode == 429))
        {
            await RateLimitAssert.RefusedAsync(refused, LoginFailures, LoginWindow);
        }

        await RateLimitAssert.RefusedAsync(await Api.LoginAsync(user.Username), LoginFailures, LoginWindow);
    }

    [Fact]
    public async Task A_wrong_login_takes_a_permit_of_the_folded_username_and_a_right_one_gives_its_own_back()
    {
        var user = await Api.NewUserAsync();
        RateLimitAssert.Headers(await Api.LoginAsync(user.Username), LoginFailures, LoginFailures, LoginWindow);

        var wrong = await Api.LoginAsync(user.Username.ToUpperInvariant(), "wrong password");
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        RateLimitAssert.Headers(wrong, LoginFailures, LoginFailures - 1, LoginWindow);

        var right = await Api.LoginAsync(" " + user.Username);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        RateLimitAssert.Headers(right, LoginFailures, LoginFailures - 1, LoginWindow);
    }

    [Fact]
    public async Task An_unknown_username_is_counted_like_a_known_one()
    {
        var username = Unique.Username();
        for (var i = 0; i < LoginFailures; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await Api.LoginAsync(username, "whatever it is")).StatusCode);
        }

        await RateLimitAssert.RefusedAsync(await Api.LoginAsync(username, "whatever it is"), LoginFailures, LoginWindow);
    }

    [Fact]
    public async Task A_limited_success_carries_the_headers_of_the_limit_with_the_fewest_permits_left()
    {
        var anonymous = await Api.GetAsync("/posts");
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
        Assert.Equal(6000, RateLimitAssert.Header(anonymous, "RateLimit-Limit"));
        Assert.InRange(RateLimitAssert.Header(anonymous, "RateLimit-Remaining"), 0, 5999);
        Assert.InRange(RateLimitAssert.Header(anonymous, "RateLimit-Reset"), 1, 60);

        var user = await Api.NewUserAsync();
        var created = await Api.PostAsync("/posts", new { title = "Counted", content = "One write." }, user.AccessToken);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        RateLimitAssert.Headers(created, 6000, 5999, 60);

        var register = await Api.RegisterAsync(Unique.Username(), Unique.Email(Unique.Username()));
        Assert.Equal(12000, RateLimitAssert.Header(register, "RateLimit-Limit"));
    }

    [Fact]
    public async Task Reads_with_credentials_and_the_probes_are_not_limited()
    {
        var user = await Api.NewUserAsync();
        RateLimitAssert.NoHeaders(await Api.GetAsync("/posts", user.AccessToken));
        RateLimitAssert.NoHeaders(await Api.GetAsync("/users/me", user.AccessToken));
        RateLimitAssert.NoHeaders(await Api.GetAsync("/health"));
        RateLimitAssert.NoHeaders(await Api.GetAsync("/health/ready"));
    }

    [Theory]
    [InlineData("/posts")]
    [InlineData("/posts/999999999")]
    [InlineData("/health")]
    [InlineData("/no-such-path")]
    public async Task Every_answer_has_nosniff_and_no_referrer_and_no_server_header(string path)
    {
        var response = await Api.GetAsync(path);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"), "The answer names its server.");
    }

    [Fact]
    public async Task No_origin_is_allowed_by_default_yet_a_preflight_is_answered()
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/posts");
        preflight.Headers.Add("Origin", "https://app.example");
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        var response = await Api.Http.SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Origin", response.Headers.Vary);
    }
}
