using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Blog.ContractTests.Support;

/// <summary>A registered and logged-in user of a test.</summary>
public sealed record TestUser(long Id, string Username, string Email, string Password, string AccessToken, string RefreshToken);

/// <summary>
/// A thin helper over one <see cref="HttpClient"/>: sends raw JSON, registers unique users, creates posts and
/// comments, walks pages. Bodies are written and read as raw JSON only.
/// </summary>
public sealed class Api(HttpClient http) : IDisposable
{
    public const string DefaultPassword = "correct horse battery";

    public HttpClient Http => http;

    public void Dispose() => http.Dispose();

    // ---- raw requests -------------------------------------------------------------------------------

    /// <summary>
    /// Sends a request. <paramref name="body"/>: null → no body; a <see cref="string"/> → sent verbatim as
    /// application/json; <see cref="HttpContent"/> → as is; anything else → serialized as JSON (use snake_case names).
    /// </summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = ToContent(body) };
        if (request.Content?.Headers.ContentLength > 1024 * 1024)
        {
            // Over a real socket a server refuses an oversized body (413) before reading it and closes the
            // connection; asking for 100-continue lets the client read that answer instead of a broken pipe.
            request.Headers.ExpectContinue = true;
        }

        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token = null) => SendAsync(HttpMethod.Get, path, null, token);

    public Task<HttpResponseMessage> PostAsync(string path, object? body, string? token = null) => SendAsync(HttpMethod.Post, path, body, token);

    public Task<HttpResponseMessage> PutAsync(string path, object? body, string? token = null) => SendAsync(HttpMethod.Put, path, body, token);

    public Task<HttpResponseMessage> PatchAsync(string path, object? body, string? token = null) => SendAsync(HttpMethod.Patch, path, body, token);

    public Task<HttpResponseMessage> DeleteAsync(string path, string? token = null) => SendAsync(HttpMethod.Delete, path, null, token);

    /// <summary>Sends <paramref name="body"/> verbatim with the given Content-Type header value (null: no Content-Type).</summary>
    public Task<HttpResponseMessage> RawAsync(HttpMethod method, string path, string body, string? contentType, string? token = null)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return SendAsync(method, path, content, token);
    }

    public static HttpContent JsonContent(string json)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(json));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    public static string Serialize(object value) => value switch
    {
        JsonNode node => node.ToJsonString(),
        _ => JsonSerializer.Serialize(value),
    };

    private static HttpContent? ToContent(object? body) => body switch
    {
        null => null,
        HttpContent content => content,
        string json => JsonContent(json),
        _ => JsonContent(Serialize(body)),
    };

    // ---- users and tokens ---------------------------------------------------------------------------

    public Task<HttpResponseMessage> RegisterAsync(string username, string email, string password = DefaultPassword) =>
        PostAsync("/auth/register", new { username, email, password });

    /// <summary>Logs in with a JSON body.</summary>
    public Task<HttpResponseMessage> LoginAsync(string username, string password = DefaultPassword) =>
        PostAsync("/auth/login", new { username, password });

    /// <summary>Logs in with an OAuth2 password-grant form body, as Swagger UI's Authorize does.</summary>
    public Task<HttpResponseMessage> LoginFormAsync(string username, string password = DefaultPassword) =>
        SendAsync(HttpMethod.Post, "/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["username"] = username,
            ["password"] = password,
        }));

    public async Task<JsonObject> LoginOkAsync(string username, string password = DefaultPassword) =>
        await (await LoginAsync(username, password)).ExpectObjectAsync(HttpStatusCode.OK);

    public Task<HttpResponseMessage> RefreshAsync(string refreshToken) => PostAsync("/auth/refresh", new { refresh_token = refreshToken });

    public Task<HttpResponseMessage> LogoutAsync(string refreshToken) => PostAsync("/auth/logout", new { refresh_token = refreshToken });

    /// <summary>Registers a user with a unique name and logs it in.</summary>
    public async Task<TestUser> NewUserAsync(string? username = null)
    {
        username ??= Unique.Username();
        var email = Unique.Email(username);
        var registered = await (await RegisterAsync(username, email)).ExpectObjectAsync(HttpStatusCode.Created);
        var tokens = await LoginOkAsync(username);
        return new TestUser(registered.Long("id"), username, email, DefaultPassword, tokens.Str("access_token"), tokens.Str("refresh_token"));
    }

    // ---- posts and comments -------------------------------------------------------------------------

    /// <summary>Creates a post (default: published, unique title) and returns it (asserting 201).</summary>
    public async Task<JsonObject> CreatePostAsync(TestUser author, string? title = null, string? content = null, string? status = "published", IEnumerable<string>? tags = null)
    {
        var body = new JsonObject
        {
            ["title"] = title ?? "Post " + Unique.Id(),
            ["content"] = content ?? "Content " + Unique.Id(),
        };
        if (status is not null)
        {
            body["status"] = status;
        }

        if (tags is not null)
        {
            body["tags"] = new JsonArray(tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
        }

        return await (await PostAsync("/posts", body, author.AccessToken)).ExpectObjectAsync(HttpStatusCode.Created);
    }

    public async Task<JsonObject> CreateCommentAsync(TestUser author, long postId, string? content = null) =>
        await (await PostAsync($"/posts/{postId}/comments", new { content = content ?? "Comment " + Unique.Id() }, author.AccessToken))
            .ExpectObjectAsync(HttpStatusCode.Created);

    public async Task<JsonObject> GetPostAsync(long id, string? token = null) =>
        await (await GetAsync($"/posts/{id}", token)).ExpectObjectAsync(HttpStatusCode.OK);

    // ---- pages --------------------------------------------------------------------------------------

    /// <summary>GETs a page and checks its shape <c>{items, next_cursor, has_more, total}</c>.</summary>
    public async Task<JsonObject> PageAsync(string pathAndQuery, string? token = null)
    {
        var page = await (await GetAsync(pathAndQuery, token)).ExpectObjectAsync(HttpStatusCode.OK);
        HttpJson.AssertKeys(page, "items", "next_cursor", "has_more", "total");
        Assert.True(page["items"] is JsonArray, $"'items' must be an array: {page.ToJsonString()}");
        var hasMore = page.Bool("has_more");
        var cursorIsNull = page.IsNull("next_cursor");
        Assert.True(hasMore != cursorIsNull, $"has_more must be true exactly when next_cursor is not null: {HttpJson.Truncate(page.ToJsonString())}");
        if (!cursorIsNull)
        {
            Assert.False(string.IsNullOrEmpty(page.Str("next_cursor")), "next_cursor must be a non-empty string or null");
        }

        page.Long("total");
        return page;
    }

    public static List<JsonObject> Items(JsonObject page) => ((JsonArray)page["items"]!).Select(i => (JsonObject)i!).ToList();

    public static List<long> Ids(JsonObject page) => Items(page).Select(i => i.Long("id")).ToList();

    /// <summary>
    /// Follows <c>next_cursor</c> from the first page of <paramref name="path"/>?<paramref name="query"/> to the last
    /// and returns every item in order; <paramref name="betweenPages"/> runs after each page but the last.
    /// </summary>
    public async Task<List<JsonObject>> WalkAsync(string path, string query, string? token = null, Func<Task>? betweenPages = null, int maxPages = 500)
    {
        var items = new List<JsonObject>();
        string? cursor = null;
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < maxPages, $"walking {path}?{query} did not end after {maxPages} pages");
            var url = $"{path}?{query}" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}");
            var page = await PageAsync(url, token);
            items.AddRange(Items(page));
            if (page.IsNull("next_cursor"))
            {
                return items;
            }

            cursor = page.Str("next_cursor");
            if (betweenPages is not null)
            {
                await betweenPages();
            }
        }
    }
}
