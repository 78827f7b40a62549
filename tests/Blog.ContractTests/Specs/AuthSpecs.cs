using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Blog.ContractTests.Specs;

/// <summary>POST /auth/login, /auth/refresh, /auth/logout and the bearer tokens they hand out.</summary>
public abstract class AuthSpecs(IBlogHost host) : ContractSpec(host)
{
    private static void AssertTokenPair(JsonObject body)
    {
        HttpJson.AssertKeys(body, "access_token", "refresh_token", "token_type", "expires_in");
        Assert.Equal("bearer", body.Str("token_type"));
        Assert.Equal(1800, body.Long("expires_in"));
        Assert.False(string.IsNullOrEmpty(body.Str("access_token")));
        Assert.False(string.IsNullOrEmpty(body.Str("refresh_token")));
        Assert.NotEqual(body.Str("access_token"), body.Str("refresh_token"));
    }

    private async Task<HttpResponseMessage> MeAsync(string? authorization)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await Api.Http.SendAsync(request);
    }

    [Fact]
    public async Task Login_with_a_json_body_returns_a_bearer_token_pair()
    {
        var user = await Api.NewUserAsync();
        var body = await (await Api.LoginAsync(user.Username)).ExpectObjectAsync(HttpStatusCode.OK);
        AssertTokenPair(body);
        var me = await (await Api.GetAsync("/users/me", body.Str("access_token"))).ExpectObjectAsync();
        Assert.Equal(user.Id, me.Long("id"));
    }

    [Fact]
    public async Task Login_with_an_oauth2_password_form_returns_a_bearer_token_pair()
    {
        var user = await Api.NewUserAsync();
        var body = await (await Api.LoginFormAsync(user.Username)).ExpectObjectAsync(HttpStatusCode.OK);
        AssertTokenPair(body);
        var me = await (await Api.GetAsync("/users/me", body.Str("access_token"))).ExpectObjectAsync();
        Assert.Equal(user.Id, me.Long("id"));
    }

    [Fact]
    public async Task Login_form_without_grant_type_is_accepted_too()
    {
        var user = await Api.NewUserAsync();
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = user.Username, ["password"] = user.Password });
        AssertTokenPair(await (await Api.PostAsync("/auth/login", form)).ExpectObjectAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Login_ignores_the_basic_client_credentials_swagger_ui_sends()
    {
        // Swagger UI's password flow defaults to sending the (empty) client id and secret as HTTP Basic.
        var user = await Api.NewUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "password", ["username"] = user.Username, ["password"] = user.Password,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(":"u8.ToArray()));
        AssertTokenPair(await (await Api.Http.SendAsync(request, TestContext.Current.CancellationToken)).ExpectObjectAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Login_with_a_form_past_the_servers_form_limits_is_400()
    {
        var fields = Enumerable.Range(0, 5000).Select(i => new KeyValuePair<string, string>($"k{i}", "v"));
        await (await Api.PostAsync("/auth/login", new FormUrlEncodedContent(fields))).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Login_with_a_multipart_body_is_415()
    {
        var user = await Api.NewUserAsync();
        using var multipart = new MultipartFormDataContent { { new StringContent(user.Username), "username" }, { new StringContent(user.Password), "password" } };
        await (await Api.PostAsync("/auth/login", multipart)).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_password_with_any_character_registers_and_logs_in()
    {
        // Passwords are hashed, never stored or searched, so no character is refused in them.
        var username = Unique.Username();
        const string password = "pass\u0000word\u00e9\u2603";
        await (await Api.RegisterAsync(username, $"{username}@example.io", password)).ExpectObjectAsync(HttpStatusCode.Created);
        AssertTokenPair(await (await Api.LoginAsync(username, password)).ExpectObjectAsync(HttpStatusCode.OK));
        // A form cannot carry a NUL (the server's form reader refuses control characters): a clear 400, never a 500.
        await (await Api.LoginFormAsync(username, password)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        var other = Unique.Username();
        const string unicode = "pass word \u00e9\u2603";
        await (await Api.RegisterAsync(other, $"{other}@example.io", unicode)).ExpectObjectAsync(HttpStatusCode.Created);
        AssertTokenPair(await (await Api.LoginFormAsync(other, unicode)).ExpectObjectAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Tokens_are_hs256_jwts_with_the_documented_claims()
    {
        var user = await Api.NewUserAsync();
        foreach (var (token, type, lifetime) in new[] { (user.AccessToken, "access", 1800L), (user.RefreshToken, "refresh", 7L * 24 * 3600) })
        {
            Assert.Equal("HS256", Jwt.Header(token).Str("alg"));
            var claims = Jwt.Payload(token);
            Assert.Equal(user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), claims["sub"]!.ToString());
            Assert.Equal(type, claims.Str("type"));
            Assert.False(string.IsNullOrEmpty(claims.Str("jti")));
            Assert.NotNull(claims["iss"]);
            Assert.NotNull(claims["aud"]);
            Assert.Equal(lifetime, claims.Long("exp") - claims.Long("iat"));
            Assert.False(claims.ContainsKey("nbf"), "no nbf: a token is valid from the moment it is issued, on every instance");
        }

        // A refresh token names its login (token family), so that rotation and logout act on that login's one record.
        Assert.False(string.IsNullOrEmpty(Jwt.Payload(user.RefreshToken).Str("sid")));

        var again = await Api.LoginOkAsync(user.Username);
        Assert.NotEqual(Jwt.Payload(user.AccessToken).Str("jti"), Jwt.Payload(again.Str("access_token")).Str("jti"));
        Assert.NotEqual(Jwt.Payload(user.RefreshToken).Str("jti"), Jwt.Payload(again.Str("refresh_token")).Str("jti"));
    }

    [Fact]
    public async Task Wrong_password_and_unknown_user_get_the_same_401()
    {
        var user = await Api.NewUserAsync();
        var wrongPassword = await (await Api.LoginAsync(user.Username, "not the password")).ExpectUnauthorizedAsync();
        var unknownUser = await (await Api.LoginAsync(Unique.Username(), "not the password")).ExpectUnauthorizedAsync();
        Assert.Equal("Incorrect username or password.", wrongPassword.Str("detail"));
        Assert.Equal(wrongPassword.Str("detail"), unknownUser.Str("detail"));
        Assert.Equal(wrongPassword.Str("title"), unknownUser.Str("title"));
        Assert.Equal(wrongPassword.Str("type"), unknownUser.Str("type"));
    }

    [Fact]
    public async Task Wrong_password_in_a_form_gets_401()
    {
        var user = await Api.NewUserAsync();
        var problem = await (await Api.LoginFormAsync(user.Username, "not the password")).ExpectUnauthorizedAsync();
        Assert.Equal("Incorrect username or password.", problem.Str("detail"));
    }

    [Fact]
    public async Task Login_takes_the_username_not_the_email()
    {
        var user = await Api.NewUserAsync();
        await (await Api.LoginAsync(user.Email)).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task Login_without_credentials_is_422_per_missing_field()
    {
        await (await Api.PostAsync("/auth/login", "{}")).ExpectValidationAsync("username", "password");
        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = Unique.Username() });
        await (await Api.PostAsync("/auth/login", form)).ExpectValidationAsync("password");
    }

    [Fact]
    public async Task Login_with_an_unsupported_content_type_is_415()
    {
        await (await Api.RawAsync(HttpMethod.Post, "/auth/login", "username=a&password=b", "text/plain")).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Refresh_rotates_the_pair_and_the_old_refresh_token_then_fails()
    {
        var user = await Api.NewUserAsync();
        var rotated = await (await Api.RefreshAsync(user.RefreshToken)).ExpectObjectAsync(HttpStatusCode.OK);
        AssertTokenPair(rotated);
        Assert.NotEqual(user.RefreshToken, rotated.Str("refresh_token"));
        Assert.NotEqual(user.AccessToken, rotated.Str("access_token"));
        var me = await (await Api.GetAsync("/users/me", rotated.Str("access_token"))).ExpectObjectAsync();
        Assert.Equal(user.Id, me.Long("id"));

        await (await Api.RefreshAsync(user.RefreshToken)).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task Reusing_a_used_refresh_token_revokes_the_whole_login()
    {
        var user = await Api.NewUserAsync();
        var rotated = await (await Api.RefreshAsync(user.RefreshToken)).ExpectObjectAsync(HttpStatusCode.OK);
        await (await Api.RefreshAsync(user.RefreshToken)).ExpectUnauthorizedAsync();

        // The reuse means the old token leaked: the token the rightful holder got is revoked too.
        await (await Api.RefreshAsync(rotated.Str("refresh_token"))).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task Reuse_revokes_only_that_login_not_the_users_other_logins()
    {
        var user = await Api.NewUserAsync();
        var other = await Api.LoginOkAsync(user.Username);
        await (await Api.RefreshAsync(user.RefreshToken)).ExpectObjectAsync(HttpStatusCode.OK);
        await (await Api.RefreshAsync(user.RefreshToken)).ExpectUnauthorizedAsync();
        AssertTokenPair(await (await Api.RefreshAsync(other.Str("refresh_token"))).ExpectObjectAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task A_chain_of_rotations_works_once_per_token()
    {
        var user = await Api.NewUserAsync();
        var refresh = user.RefreshToken;
        for (var i = 0; i < 3; i++)
        {
            refresh = (await (await Api.RefreshAsync(refresh)).ExpectObjectAsync(HttpStatusCode.OK)).Str("refresh_token");
        }

        var me = await (await Api.GetAsync("/users/me", (await (await Api.RefreshAsync(refresh)).ExpectObjectAsync()).Str("access_token"))).ExpectObjectAsync();
        Assert.Equal(user.Id, me.Long("id"));
    }

    [Fact]
    public async Task An_access_token_is_not_a_refresh_token()
    {
        var user = await Api.NewUserAsync();
        await (await Api.RefreshAsync(user.AccessToken)).ExpectUnauthorizedAsync();

        // ... and trying did not burn the real refresh token.
        await (await Api.RefreshAsync(user.RefreshToken)).ExpectObjectAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwidHlwZSI6InJlZnJlc2gifQ.c2lnbmF0dXJl")]
    public async Task A_malformed_refresh_token_is_401(string token)
    {
        await (await Api.RefreshAsync(token)).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task A_refresh_token_with_a_tampered_payload_is_401()
    {
        var user = await Api.NewUserAsync();
        var claims = Jwt.Payload(user.RefreshToken);
        claims["exp"] = claims.Long("exp") + 3600;
        await (await Api.RefreshAsync(Jwt.WithPayloadKeepingSignature(user.RefreshToken, claims))).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task Refresh_without_a_token_is_422()
    {
        await (await Api.PostAsync("/auth/refresh", "{}")).ExpectValidationAsync("refresh_token");
        await (await Api.PostAsync("/auth/refresh", """{"refresh_token": 42}""")).ExpectValidationAsync("refresh_token");
        await (await Api.PostAsync("/auth/refresh", """{"refresh_token": null}""")).ExpectValidationAsync("refresh_token");
    }

    [Fact]
    public async Task Logout_is_204_and_the_refresh_token_is_dead_afterwards()
    {
        var user = await Api.NewUserAsync();
        var response = await Api.LogoutAsync(user.RefreshToken);
        await response.ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await (await Api.RefreshAsync(user.RefreshToken)).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task Logout_after_a_rotation_ends_that_login()
    {
        var user = await Api.NewUserAsync();
        var rotated = await (await Api.RefreshAsync(user.RefreshToken)).ExpectObjectAsync(HttpStatusCode.OK);
        await (await Api.LogoutAsync(rotated.Str("refresh_token"))).ExpectStatusAsync(HttpStatusCode.NoContent);
        await (await Api.RefreshAsync(rotated.Str("refresh_token"))).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task Logout_ends_only_that_login()
    {
        var user = await Api.NewUserAsync();
        var other = await Api.LoginOkAsync(user.Username);
        await (await Api.LogoutAsync(user.RefreshToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        await (await Api.RefreshAsync(other.Str("refresh_token"))).ExpectObjectAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Logout_with_something_that_is_not_a_refresh_token_is_401()
    {
        var user = await Api.NewUserAsync();
        await (await Api.LogoutAsync("garbage")).ExpectUnauthorizedAsync();
        await (await Api.LogoutAsync(user.AccessToken)).ExpectUnauthorizedAsync();
        await (await Api.PostAsync("/auth/logout", "{}")).ExpectValidationAsync("refresh_token");
    }

    [Fact]
    public async Task A_protected_route_without_a_token_is_401_with_a_bearer_challenge()
    {
        await (await MeAsync(null)).ExpectUnauthorizedAsync();
    }

    [Theory]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("Bearer garbage")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer eyJhbGciOiJIUzI1NiJ9.e30.AAAA")]
    [InlineData("Basic dXNlcjpwYXNzd29yZA==")]
    [InlineData("garbage")]
    public async Task A_malformed_authorization_header_is_401(string authorization)
    {
        await (await MeAsync(authorization)).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task A_refresh_token_is_not_an_access_token()
    {
        var user = await Api.NewUserAsync();
        await (await MeAsync("Bearer " + user.RefreshToken)).ExpectUnauthorizedAsync();
        await (await Api.PostAsync("/posts", new { title = "t", content = "c" }, user.RefreshToken)).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task A_token_whose_payload_was_changed_is_401()
    {
        var user = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var claims = Jwt.Payload(user.AccessToken);
        claims["sub"] = other.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await (await MeAsync("Bearer " + Jwt.WithPayloadKeepingSignature(user.AccessToken, claims))).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task An_unsigned_token_is_401()
    {
        var user = await Api.NewUserAsync();
        await (await MeAsync("Bearer " + Jwt.Unsigned(Jwt.Payload(user.AccessToken)))).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var user = await Api.NewUserAsync();
        var forged = Jwt.Sign(Jwt.Header(user.AccessToken), Jwt.Payload(user.AccessToken), System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        await (await MeAsync("Bearer " + forged)).ExpectUnauthorizedAsync();
    }

    /// <summary>Forges tokens with the host's own key (known in process, or the development key): only the claims are wrong.</summary>
    [Theory]
    [InlineData("expired")]
    [InlineData("expired-a-second-ago")]
    [InlineData("wrong-issuer")]
    [InlineData("wrong-audience")]
    [InlineData("no-type")]
    [InlineData("unknown-user")]
    [InlineData("non-numeric-sub")]
    public async Task A_correctly_signed_token_with_a_wrong_claim_is_401(string flaw)
    {
        var user = await Api.NewUserAsync();
        var header = Jwt.Header(user.AccessToken);
        var key = SigningKeyGuess();
        var resigned = Jwt.Sign(header, Jwt.Payload(user.AccessToken), key);
        var probe = await MeAsync("Bearer " + resigned);
        if (probe.StatusCode != HttpStatusCode.OK)
        {
            if (Host.IsRemote)
            {
                Assert.Skip("The remote host's signing key is not the documented development key, so the suite cannot forge a token for it.");
            }

            // In process the suite reads the host's own Jwt:SigningKey (or the development key it falls back to):
            // a token re-signed with it must be accepted, or the forged-claim checks below would prove nothing.
            Assert.Fail($"In process, a token re-signed with the host's signing key (Jwt:SigningKey, else the development key) must be accepted, "
                + $"but GET /users/me answered {(int)probe.StatusCode}: {await probe.Content.ReadAsStringAsync()}");
        }

        var claims = Jwt.Payload(user.AccessToken);
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        switch (flaw)
        {
            case "expired":
                claims["iat"] = now - 7200;
                claims["nbf"] = now - 7200;
                claims["exp"] = now - 3600;
                break;
            case "expired-a-second-ago":
                // No clock skew is allowed: expiry is exact on every host (docs/decisions.md).
                claims["iat"] = now - 1801;
                claims.Remove("nbf");
                claims["exp"] = now - 1;
                break;
            case "wrong-issuer":
                claims["iss"] = "someone-else";
                break;
            case "wrong-audience":
                claims["aud"] = "someone-else";
                break;
            case "no-type":
                claims.Remove("type");
                break;
            case "unknown-user":
                claims["sub"] = "2000000000";
                break;
            case "non-numeric-sub":
                claims["sub"] = "abc";
                break;
        }

        claims["jti"] = Guid.NewGuid().ToString("N");
        var response = await MeAsync("Bearer " + Jwt.Sign(header, claims, key));
        await response.ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task A_deactivated_user_can_neither_log_in_nor_use_the_tokens_it_already_has()
    {
        var user = await Api.NewUserAsync();
        var wrongPassword = await (await Api.LoginAsync(user.Username, "not the password")).ExpectUnauthorizedAsync();

        // No endpoint deactivates a user (the admin site does): flip is_active in the host's own database.
        var id = checked((int)user.Id);
        var updated = await WithDatabaseAsync("Deactivating a user", db =>
            db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false)));
        Assert.Equal(1, updated);

        // The right password of an inactive user gets the very answer a wrong password gets: no user enumeration.
        var inactive = await (await Api.LoginAsync(user.Username)).ExpectUnauthorizedAsync();
        Assert.Equal("Incorrect username or password.", inactive.Str("detail"));
        Assert.Equal(wrongPassword.Str("title"), inactive.Str("title"));
        Assert.Equal(wrongPassword.Str("type"), inactive.Str("type"));
        await (await Api.LoginFormAsync(user.Username)).ExpectUnauthorizedAsync();

        // "A token of a user who has since been deactivated is refused (401) everywhere."
        await (await Api.GetAsync("/users/me", user.AccessToken)).ExpectUnauthorizedAsync();
        await (await Api.PostAsync("/posts", new { title = "t", content = "c" }, user.AccessToken)).ExpectUnauthorizedAsync();
        await (await Api.RefreshAsync(user.RefreshToken)).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task The_bearer_scheme_is_case_insensitive()
    {
        var user = await Api.NewUserAsync();
        var me = await (await MeAsync("bearer " + user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(user.Id, me.Long("id"));
    }

    [Fact]
    public async Task An_access_token_is_accepted_on_every_protected_route()
    {
        var user = await Api.NewUserAsync();
        var request = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
        var me = await (await Api.Http.SendAsync(request)).ExpectObjectAsync();
        Assert.Equal(JsonValueKind.Number, me["id"]!.GetValueKind());
        var post = await Api.CreatePostAsync(user);
        Assert.Equal(user.Id, post["author"].Long("id"));
    }
}
