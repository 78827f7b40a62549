using System.Net.Http.Headers;
using System.Text;

namespace Blog.ContractTests.Specs;

/// <summary>
/// What a client can get wrong at the HTTP level: malformed JSON and wrong body types (400), unsupported
/// Content-Type (415), oversized bodies (413), non-integer ids and unknown routes (404), trailing slashes,
/// and inputs that must never produce a 500.
/// </summary>
public abstract class ErrorSpecs(IBlogHost host) : ContractSpec(host)
{
    private const int OneMiB = 1024 * 1024;

    /// <summary>Every JSON-taking endpoint, for a user who owns a published post.</summary>
    private async Task<List<(HttpMethod Method, string Path, string? Token)>> JsonEndpointsAsync()
    {
        var user = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(user)).Long("id");
        return
        [
            (HttpMethod.Post, "/auth/register", null),
            (HttpMethod.Post, "/auth/login", null),
            (HttpMethod.Post, "/auth/refresh", null),
            (HttpMethod.Post, "/auth/logout", null),
            (HttpMethod.Post, "/posts", user.AccessToken),
            (HttpMethod.Patch, $"/posts/{postId}", user.AccessToken),
            (HttpMethod.Put, $"/posts/{postId}", user.AccessToken),
            (HttpMethod.Post, $"/posts/{postId}/comments", user.AccessToken),
        ];
    }

    [Theory]
    [InlineData("""{"title": "t",""")]
    [InlineData("""{title: "t"}""")]
    [InlineData("""{'title': 't'}""")]
    [InlineData("not json")]
    [InlineData("""{"title": "t"}}""")]
    [InlineData("""{"title": "t" "content": "c"}""")]
    [InlineData("""{"title": "t", "content": "c",}""")]
    [InlineData("")]
    [InlineData("   ")]
    public async Task Malformed_json_is_400_everywhere(string body)
    {
        foreach (var (method, path, token) in await JsonEndpointsAsync())
        {
            var problem = await (await Api.RawAsync(method, path, body, "application/json", token)).ExpectProblemAsync(HttpStatusCode.BadRequest);
            Assert.False(problem.ContainsKey("errors") && problem["errors"] is JsonObject errors && errors.Any(e => e.Key is "title" or "content" or "username"),
                $"{method} {path}: malformed JSON is not a field error: {problem.ToJsonString()}");
        }
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"title": "t", "content": "c"}]""")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("true")]
    [InlineData("null")]
    public async Task A_body_that_is_not_a_json_object_is_400_everywhere(string body)
    {
        foreach (var (method, path, token) in await JsonEndpointsAsync())
        {
            await (await Api.RawAsync(method, path, body, "application/json", token)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData(null)]
    public async Task An_unsupported_content_type_is_415(string? contentType)
    {
        var endpoints = await JsonEndpointsAsync();
        foreach (var (method, path, token) in endpoints)
        {
            if (path == "/auth/login" && contentType is "multipart/form-data; boundary=x")
            {
                continue; // a form, though not the kind Swagger sends; its handling is the host's choice
            }

            var body = """{"title": "t", "content": "c", "username": "someone", "password": "password1", "email": "a@example.com", "refresh_token": "x"}""";
            await (await Api.RawAsync(method, path, body, contentType, token)).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
        }

        var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["title"] = "t", ["content"] = "c" });
        await (await Api.PostAsync("/posts", form, endpoints[4].Token)).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json;charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Json_with_or_without_a_charset_is_accepted(string contentType)
    {
        var user = await Api.NewUserAsync();
        var body = $$"""{"title": "Charset {{Unique.Id()}}", "content": "c"}""";
        await (await Api.RawAsync(HttpMethod.Post, "/posts", body, contentType, user.AccessToken)).ExpectObjectAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("application/json; charset=utf-16")]
    [InlineData("application/json; charset=bogus")]
    [InlineData("application/json; charset=latin1")]
    public async Task Json_declaring_another_charset_than_utf8_is_415(string contentType)
    {
        var user = await Api.NewUserAsync();
        var body = $$"""{"title": "Charset {{Unique.Id()}}", "content": "c"}""";
        await (await Api.RawAsync(HttpMethod.Post, "/posts", body, contentType, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await Api.RawAsync(HttpMethod.Post, "/auth/login", """{"username": "u", "password": "p"}""", contentType)).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    private static string JsonOfExactly(int bytes, string title)
    {
        var head = "{\"title\": \"" + title + "\", \"content\": \"c\", \"padding\": \"";
        const string tail = "\"}";
        var json = head + new string('x', bytes - head.Length - tail.Length) + tail;
        Assert.Equal(bytes, Encoding.UTF8.GetByteCount(json));
        return json;
    }

    [Fact]
    public async Task A_body_of_exactly_1_MiB_is_accepted_and_one_byte_more_is_413()
    {
        var user = await Api.NewUserAsync();
        var ok = JsonOfExactly(OneMiB, "Big " + Unique.Id());
        await (await Api.RawAsync(HttpMethod.Post, "/posts", ok, "application/json", user.AccessToken)).ExpectObjectAsync(HttpStatusCode.Created);
        var tooBig = JsonOfExactly(OneMiB + 1, "Big " + Unique.Id());
        await (await Api.RawAsync(HttpMethod.Post, "/posts", tooBig, "application/json", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_body_over_1_MiB_is_413_before_validation_or_authentication()
    {
        var user = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(user)).Long("id");
        var huge = JsonOfExactly(2 * OneMiB, "Huge " + Unique.Id());
        await (await Api.RawAsync(HttpMethod.Post, "/posts", huge, "application/json", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await Api.RawAsync(HttpMethod.Post, "/auth/register", huge, "application/json")).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await Api.RawAsync(HttpMethod.Post, $"/posts/{postId}/comments", huge, "application/json", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await Api.RawAsync(HttpMethod.Put, $"/posts/{postId}", huge, "application/json", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        var content = new string('x', 2 * OneMiB);
        await (await Api.RawAsync(HttpMethod.Post, "/posts", content, "text/plain", user.AccessToken)).ExpectStatusInAsync(HttpStatusCode.RequestEntityTooLarge, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_chunked_body_over_1_MiB_is_413()
    {
        var user = await Api.NewUserAsync();
        var huge = Encoding.UTF8.GetBytes(JsonOfExactly(2 * OneMiB, "Chunked " + Unique.Id()));
        var response = await Api.PostAsync("/posts", new UnknownLengthContent(huge), user.AccessToken);
        await response.ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("0x1")]
    [InlineData("%20")]
    [InlineData("99999999999999999999")]
    [InlineData("2147483648")]
    [InlineData("-1")]
    [InlineData("0")]
    [InlineData("1;drop table posts")]
    public async Task A_post_id_that_is_not_an_existing_integer_is_404(string id)
    {
        var user = await Api.NewUserAsync();
        await (await Api.GetAsync($"/posts/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PatchAsync($"/posts/{id}", new { title = "x" }, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PutAsync($"/posts/{id}", new { title = "x", content = "c" }, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"/posts/{id}", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.GetAsync($"/posts/{id}/comments")).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Trailing_slashes_are_the_same_resources()
    {
        var user = await Api.NewUserAsync();
        var created = await (await Api.PostAsync("/posts/", new { title = "Slash " + Unique.Id(), content = "c", status = "published" }, user.AccessToken)).ExpectObjectAsync(HttpStatusCode.Created);
        var id = created.Long("id");
        Assert.True(JsonNode.DeepEquals(created, await (await Api.GetAsync($"/posts/{id}/")).ExpectObjectAsync()));
        Assert.Equal(user.Id, (await (await Api.GetAsync("/users/me/", user.AccessToken)).ExpectObjectAsync()).Long("id"));
        Assert.Equal(user.Username, (await (await Api.GetAsync($"/users/{user.Id}/")).ExpectObjectAsync()).Str("username"));
        await (await Api.GetAsync("/tags/")).ExpectArrayAsync();
        await (await Api.PatchAsync($"/posts/{id}/", new { content = "patched" }, user.AccessToken)).ExpectObjectAsync();
        await (await Api.GetAsync("/health/")).ExpectObjectAsync();
        var tokens = await (await Api.PostAsync("/auth/login/", new { username = user.Username, password = user.Password })).ExpectObjectAsync();
        await (await Api.PostAsync("/auth/refresh/", new { refresh_token = tokens.Str("refresh_token") })).ExpectObjectAsync();
        await (await Api.DeleteAsync($"/posts/{id}/", user.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
    }

    [Theory]
    [InlineData("/nope")]
    [InlineData("/api/posts")]
    [InlineData("/posts/1/unknown")]
    [InlineData("/users")]
    [InlineData("/auth")]
    public async Task An_unknown_route_is_a_404_problem(string path)
    {
        await (await Api.GetAsync(path)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("PUT", "/tags")]
    [InlineData("DELETE", "/users/me")]
    [InlineData("GET", "/auth/login")]
    [InlineData("POST", "/health")]
    public async Task A_method_the_resource_does_not_have_is_a_405_problem(string method, string path)
    {
        var user = await Api.NewUserAsync();
        await (await Api.SendAsync(new HttpMethod(method), path, method == "GET" ? null : "{}", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Problems_carry_every_documented_member()
    {
        var user = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(user)).Long("id");
        var problems = new List<JsonObject>
        {
            await (await Api.GetAsync("/posts?limit=0")).ExpectProblemAsync(HttpStatusCode.BadRequest),
            await (await Api.GetAsync("/users/me")).ExpectUnauthorizedAsync(),
            await (await Api.PatchAsync($"/posts/{postId}", new { title = "x" }, other.AccessToken)).ExpectProblemAsync(HttpStatusCode.Forbidden),
            await (await Api.GetAsync("/posts/2000000000")).ExpectProblemAsync(HttpStatusCode.NotFound),
            await (await Api.RegisterAsync(user.Username, Unique.Email(Unique.Username()))).ExpectProblemAsync(HttpStatusCode.Conflict),
            await (await Api.RawAsync(HttpMethod.Post, "/posts", "x", "text/plain", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType),
            await (await Api.PostAsync("/posts", new { title = "" , content = "c" }, user.AccessToken)).ExpectValidationAsync("title"),
        };
        Assert.Equal(problems.Count, problems.Select(p => p.Str("trace_id")).Distinct().Count());
    }

    [Fact]
    public async Task Awkward_text_never_breaks_the_server()
    {
        var user = await Api.NewUserAsync();

        // PostgreSQL cannot store NUL in text: the host must refuse it (422) or store it safely, never fail.
        await (await Api.PostAsync("/posts", """{"title": "nul \u0000 inside", "content": "c"}""", user.AccessToken))
            .ExpectStatusInAsync(HttpStatusCode.Created, HttpStatusCode.UnprocessableEntity);
        await (await Api.PostAsync("/posts", """{"title": "t", "content": "lone \ud800 surrogate"}""", user.AccessToken))
            .ExpectStatusInAsync(HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);
        await (await Api.GetAsync("/posts?search=%00")).ExpectStatusInAsync(HttpStatusCode.OK, HttpStatusCode.BadRequest);
        await (await Api.GetAsync("/posts?tag=%00")).ExpectStatusInAsync(HttpStatusCode.OK, HttpStatusCode.BadRequest);
        await (await Api.GetAsync("/posts?search=" + new string('x', 5000))).ExpectStatusInAsync(HttpStatusCode.OK, HttpStatusCode.BadRequest);
        await (await Api.GetAsync("/posts?search=%F0%9F%91%8B%27%22%3B--")).ExpectStatusAsync(HttpStatusCode.OK);
        await (await Api.RegisterAsync("nul\u0000" + Unique.Id(), Unique.Email(Unique.Username()))).ExpectValidationAsync("username");
    }

    [Fact]
    public async Task Awkward_json_never_breaks_the_server()
    {
        var user = await Api.NewUserAsync();
        var deep = new string('[', 2000) + new string(']', 2000);
        await (await Api.PostAsync("/posts", deep, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        var deepField = $$"""{"title": "t", "content": "c", "extra": {{deep}}}""";
        await (await Api.PostAsync("/posts", deepField, user.AccessToken)).ExpectStatusInAsync(HttpStatusCode.BadRequest, HttpStatusCode.Created);
        await (await Api.PostAsync("/posts", """{"title": "t", "content": "c", "tags": [1e400]}""", user.AccessToken))
            .ExpectStatusInAsync(HttpStatusCode.BadRequest, HttpStatusCode.UnprocessableEntity);

        var invalidUtf8 = new ByteArrayContent([.. "{\"title\": \""u8, 0xC3, 0x28, .. "\", \"content\": \"c\"}"u8]);
        invalidUtf8.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await (await Api.PostAsync("/posts", invalidUtf8, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.BadRequest);

        var bom = new ByteArrayContent([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes($$"""{"title": "Bom {{Unique.Id()}}", "content": "c"}""")]);
        bom.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        await (await Api.PostAsync("/posts", bom, user.AccessToken)).ExpectStatusInAsync(HttpStatusCode.Created, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Awkward_headers_never_break_the_server()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + new string('a', 10_000));
        await (await Api.Http.SendAsync(request)).ExpectUnauthorizedAsync();

        var twice = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        twice.Headers.TryAddWithoutValidation("Authorization", ["Bearer a.b.c", "Bearer d.e.f"]);
        await (await Api.Http.SendAsync(twice)).ExpectUnauthorizedAsync();
    }

    /// <summary>Content whose length is not known up front, so it travels chunked.</summary>
    private sealed class UnknownLengthContent : HttpContent
    {
        private readonly byte[] bytes;

        public UnknownLengthContent(byte[] bytes)
        {
            this.bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(64 * 1024, bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}
