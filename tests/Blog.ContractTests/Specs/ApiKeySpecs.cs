using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Blog.ContractTests.Specs;

/// <summary>Contract, "API keys": a user's personal keys, their life cycle, their scopes, and what refuses them.</summary>
public abstract class ApiKeySpecs(IBlogHost host) : ContractSpec(host)
{
    private static readonly string[] KeyMembers = ["id", "name", "scope", "prefix", "created_at", "expires_at"];
    private const string KeyPath = "/users/me/api-keys";

    private Task<HttpResponseMessage> WithKeyAsync(HttpMethod method, string path, string key, object? body = null, Api? api = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : Api.JsonContent(Api.Serialize(body)) };
        request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", key);
        return (api ?? Api).Http.SendAsync(request);
    }

    private async Task<JsonObject> CreateKeyAsync(TestUser user, string scope, DateTime? expiresAt = null)
    {
        var body = new JsonObject { ["name"] = "key " + Unique.Id(), ["scope"] = scope };
        if (expiresAt is { } at) body["expires_at"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var response = await Api.PostAsync(KeyPath, body, user.AccessToken);
        var created = await response.ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal($"{KeyPath}/{created.Long("id")}", response.LocationPath());
        return created;
    }

    private static void AssertInvalidKey(HttpResponseMessage response) =>
        Assert.Equal("ApiKey error=\"invalid_token\"", string.Join(", ", response.Headers.WwwAuthenticate));

    private static void AssertInsufficientScope(HttpResponseMessage response) =>
        Assert.Equal("ApiKey error=\"insufficient_scope\", scope=\"write\"", string.Join(", ", response.Headers.WwwAuthenticate));

    [Fact]
    public async Task A_created_key_shows_its_secret_once_and_authenticates_as_its_user()
    {
        var user = await Api.NewUserAsync();
        var created = await CreateKeyAsync(user, "read");
        HttpJson.AssertKeys(created, [.. KeyMembers, "key"]);
        var key = created.Str("key");
        Assert.Matches("^blog_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(key[..12], created.Str("prefix"));
        Assert.Equal("read", created.Str("scope"));
        Assert.True(created.IsNull("expires_at"));
        HttpJson.AssertTimestamp(created["created_at"]);

        var me = await (await WithKeyAsync(HttpMethod.Get, "/users/me", key)).ExpectObjectAsync();
        Assert.Equal(user.Id, me.Long("id"));

        // Listed and read without the secret, which the database does not hold either: only its SHA-256.
        var listed = await (await Api.GetAsync(KeyPath, user.AccessToken)).ExpectArrayAsync();
        var only = Assert.Single(listed);
        HttpJson.AssertKeys(only, KeyMembers);
        var one = await (await Api.GetAsync($"{KeyPath}/{created.Long("id")}", user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(only!.ToJsonString(), one.ToJsonString());
        var id = checked((int)created.Long("id"));
        var stored = await WithDatabaseAsync("Reading the stored key", db => db.ApiKeys.SingleAsync(k => k.Id == id));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key))), stored.SecretHash);
    }

    [Fact]
    public async Task Keys_are_listed_newest_first_and_another_users_key_is_not_found()
    {
        var user = await Api.NewUserAsync();
        var first = await CreateKeyAsync(user, "read");
        var second = await CreateKeyAsync(user, "write");
        var ids = (await (await Api.GetAsync(KeyPath, user.AccessToken)).ExpectArrayAsync()).Select(k => k.Long("id")).ToList();
        Assert.Equal([second.Long("id"), first.Long("id")], ids);

        var other = await Api.NewUserAsync();
        Assert.Empty(await (await Api.GetAsync(KeyPath, other.AccessToken)).ExpectArrayAsync());
        await (await Api.GetAsync($"{KeyPath}/{first.Long("id")}", other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"{KeyPath}/{first.Long("id")}", other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await WithKeyAsync(HttpMethod.Get, "/users/me", first.Str("key"))).ExpectStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_read_key_reads_but_cannot_write()
    {
        var user = await Api.NewUserAsync();
        var key = (await CreateKeyAsync(user, "read")).Str("key");
        var draft = await Api.CreatePostAsync(user, status: "draft");

        // It reads as its user: their own draft is visible to it.
        await (await WithKeyAsync(HttpMethod.Get, $"/posts/{draft.Long("id")}", key)).ExpectStatusAsync(HttpStatusCode.OK);
        var refused = await WithKeyAsync(HttpMethod.Post, "/posts", key, new { title = "By a read key", content = "No." });
        await refused.ExpectProblemAsync(HttpStatusCode.Forbidden);
        AssertInsufficientScope(refused);
        var delete = await WithKeyAsync(HttpMethod.Delete, $"/posts/{draft.Long("id")}", key);
        await delete.ExpectProblemAsync(HttpStatusCode.Forbidden);
        AssertInsufficientScope(delete);
        await Api.GetPostAsync(draft.Long("id"), user.AccessToken);
    }

    [Fact]
    public async Task A_write_key_writes_as_its_user()
    {
        var user = await Api.NewUserAsync();
        var key = (await CreateKeyAsync(user, "write")).Str("key");
        var created = await WithKeyAsync(HttpMethod.Post, "/posts", key, new { title = "By a write key", content = "Yes.", status = "published" });
        var post = await created.ExpectObjectAsync(HttpStatusCode.Created);
        Assert.Equal(user.Id, post["author"].Long("id"));
        await (await WithKeyAsync(HttpMethod.Post, $"/posts/{post.Long("id")}/comments", key, new { content = "Mine." }))
            .ExpectStatusAsync(HttpStatusCode.Created);
        await (await WithKeyAsync(HttpMethod.Patch, $"/posts/{post.Long("id")}", key, new { title = "Renamed" })).ExpectStatusAsync(HttpStatusCode.OK);
        await (await WithKeyAsync(HttpMethod.Delete, $"/posts/{post.Long("id")}", key)).ExpectStatusAsync(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task No_key_may_manage_keys()
    {
        var user = await Api.NewUserAsync();
        var created = await CreateKeyAsync(user, "write");
        var key = created.Str("key");
        foreach (var response in new[]
        {
            await WithKeyAsync(HttpMethod.Post, KeyPath, key, new { name = "made by a key", scope = "write" }),
            await WithKeyAsync(HttpMethod.Get, KeyPath, key),
            await WithKeyAsync(HttpMethod.Get, $"{KeyPath}/{created.Long("id")}", key),
            await WithKeyAsync(HttpMethod.Delete, $"{KeyPath}/{created.Long("id")}", key),
        })
        {
            await response.ExpectProblemAsync(HttpStatusCode.Forbidden);
            // No scope would pass here, so none is named.
            Assert.Equal("ApiKey error=\"insufficient_scope\"", string.Join(", ", response.Headers.WwwAuthenticate));
        }

        Assert.Single(await (await Api.GetAsync(KeyPath, user.AccessToken)).ExpectArrayAsync());
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once()
    {
        var user = await Api.NewUserAsync();
        var created = await CreateKeyAsync(user, "write");
        await (await WithKeyAsync(HttpMethod.Get, "/users/me", created.Str("key"))).ExpectStatusAsync(HttpStatusCode.OK);
        await (await Api.DeleteAsync($"{KeyPath}/{created.Long("id")}", user.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);

        var refused = await WithKeyAsync(HttpMethod.Get, "/users/me", created.Str("key"));
        await refused.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        AssertInvalidKey(refused);
        // Refused even where anonymous callers are welcome: a client that sends credentials learns they are bad.
        var anonymousRoute = await WithKeyAsync(HttpMethod.Get, "/posts", created.Str("key"));
        await anonymousRoute.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        AssertInvalidKey(anonymousRoute);
        await (await Api.DeleteAsync($"{KeyPath}/{created.Long("id")}", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_expired_key_is_refused()
    {
        var user = await Api.NewUserAsync();
        var expiresAt = DateTime.UtcNow.AddSeconds(2);
        var created = await CreateKeyAsync(user, "read", expiresAt);
        Assert.Equal(HttpJson.AssertTimestamp(created["expires_at"]), new DateTime(expiresAt.Ticks - expiresAt.Ticks % 10, DateTimeKind.Utc));
        await (await WithKeyAsync(HttpMethod.Get, "/users/me", created.Str("key"))).ExpectStatusAsync(HttpStatusCode.OK);

        await Task.Delay(expiresAt - DateTime.UtcNow + TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);
        var refused = await WithKeyAsync(HttpMethod.Get, "/users/me", created.Str("key"));
        await refused.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        AssertInvalidKey(refused);
    }

    [Fact]
    public async Task A_deactivated_users_key_is_refused()
    {
        var user = await Api.NewUserAsync();
        var key = (await CreateKeyAsync(user, "write")).Str("key");
        var id = checked((int)user.Id);
        await WithDatabaseAsync("Deactivating a user", db =>
            db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, false)));

        var refused = await WithKeyAsync(HttpMethod.Get, "/posts", key);
        await refused.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        AssertInvalidKey(refused);
    }

    [Theory]
    [InlineData("blog_not-a-key")]
    [InlineData("blog_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task An_unknown_or_malformed_key_is_refused(string key)
    {
        var refused = await WithKeyAsync(HttpMethod.Get, "/tags", key);
        await refused.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        AssertInvalidKey(refused);
    }

    [Fact]
    public async Task A_key_in_the_url_is_not_read_and_no_credentials_still_get_the_bearer_challenge()
    {
        var user = await Api.NewUserAsync();
        var key = (await CreateKeyAsync(user, "write")).Str("key");
        foreach (var query in new[] { "api_key", "apikey", "key", "access_token" })
        {
            var response = await Api.GetAsync($"/users/me?{query}={Uri.EscapeDataString(key)}");
            await response.ExpectUnauthorizedAsync();
            Assert.Equal("Bearer", string.Join(", ", response.Headers.WwwAuthenticate));
        }
    }

    [Fact]
    public async Task A_key_needs_a_name_a_scope_and_a_future_expiry()
    {
        var user = await Api.NewUserAsync();
        await (await Api.PostAsync(KeyPath, "{}", user.AccessToken)).ExpectValidationAsync("name", "scope");
        await (await Api.PostAsync(KeyPath, new { name = "  ", scope = "admin" }, user.AccessToken)).ExpectValidationAsync("name", "scope");
        await (await Api.PostAsync(KeyPath, new { name = new string('k', 101), scope = "read" }, user.AccessToken)).ExpectValidationAsync("name");
        var past = await (await Api.PostAsync(KeyPath, new { name = "old", scope = "read", expires_at = "2020-01-01T00:00:00Z" }, user.AccessToken))
            .ExpectValidationAsync("expires_at");
        Assert.Equal(["Must be in the future."], past["errors"].Strings("expires_at"));
        await (await Api.PostAsync(KeyPath, new { name = "anonymous", scope = "read" })).ExpectUnauthorizedAsync();
        Assert.Empty(await (await Api.GetAsync(KeyPath, user.AccessToken)).ExpectArrayAsync());
    }

    [Fact]
    public async Task Simultaneous_creates_never_pass_the_cap_of_25_keys()
    {
        var user = await Api.NewUserAsync();
        for (var i = 0; i < 20; i++)
        {
            await CreateKeyAsync(user, "read");
        }

        var responses = await AllAtOnceAsync(10, (api, i) => api.PostAsync(KeyPath, new { name = $"racer {i}", scope = "read" }, user.AccessToken));
        Assert.True(responses.All(r => r.StatusCode is HttpStatusCode.Created or HttpStatusCode.Conflict), Statuses(responses));
        Assert.Equal(5, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        var conflict = await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ExpectProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("A user has at most 25 API keys.", conflict.Str("detail"));
        Assert.Equal(25, (await (await Api.GetAsync(KeyPath, user.AccessToken)).ExpectArrayAsync()).Count);
    }
}
