namespace Blog.ContractTests.Specs;

/// <summary>
/// Conditional requests and caching (docs/contract.md "Conditional requests and caching", "Compression"): the strong
/// ETag of the body's bytes, If-None-Match → 304 without a body, If-Match → 412 decided last and race-safe,
/// Cache-Control, and the compressed variants of a large GET.
/// </summary>
public abstract class ConditionalRequestSpecs(IBlogHost host) : ContractSpec(host)
{
    private const string Changed = "The post has changed since it was read: fetch it again and retry.";

    [Fact]
    public async Task A_post_GET_carries_the_strong_ETag_of_its_body_and_is_no_cache_for_anyone()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");

        using var anonymous = await Api.GetAsync($"/posts/{id}");
        await anonymous.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal(Conditional.TagOf(await anonymous.Content.ReadAsByteArrayAsync()), anonymous.ETag());
        Assert.Equal("no-cache", anonymous.Header("Cache-Control"));
        Assert.Equal("Authorization, api-version", anonymous.Header("Vary"));

        using var authenticated = await Api.GetAsync($"/posts/{id}", author.AccessToken);
        Assert.Equal("private, no-cache", authenticated.Header("Cache-Control"));
        Assert.Equal(anonymous.ETag(), authenticated.ETag());

        // An Authorization header that is no credential leaves the caller anonymous, and so does its answer.
        using var notACredential = await Api.SendWithAsync(HttpMethod.Get, $"/posts/{id}", null, null, ("Authorization", "Basic eDp5"));
        await notACredential.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal("no-cache", notACredential.Header("Cache-Control"));
    }

    [Fact]
    public async Task An_authors_draft_is_private_no_cache()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author, status: "draft")).Long("id");
        using var draft = await Api.GetAsync($"/posts/{id}", author.AccessToken);
        await draft.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal("private, no-cache", draft.Header("Cache-Control"));
        using var page = await Api.GetAsync("/posts?status=draft", author.AccessToken);
        Assert.Equal("private, no-cache", page.Header("Cache-Control"));
    }

    [Theory]
    [InlineData("{tag}")]
    [InlineData("W/{tag}")]
    [InlineData("\"0000\", {tag}")]
    [InlineData("*")]
    public async Task A_matching_If_None_Match_is_304_without_a_body(string list)
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        using var first = await Api.GetAsync($"/posts/{id}");
        var tag = first.ETag();

        using var again = await Api.SendWithAsync(HttpMethod.Get, $"/posts/{id}", null, null, ("If-None-Match", list.Replace("{tag}", tag, StringComparison.Ordinal)));
        await again.ExpectStatusAsync(HttpStatusCode.NotModified);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(tag, again.ETag());
        Assert.Equal("no-cache", again.Header("Cache-Control"));
        Assert.Contains("Authorization", again.Header("Vary"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_If_None_Match_of_an_older_version_gets_the_new_one()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        using var first = await Api.GetAsync($"/posts/{id}");
        await Api.CreateCommentAsync(author, id);
        using var after = await Api.SendWithAsync(HttpMethod.Get, $"/posts/{id}", null, null, ("If-None-Match", first.ETag()));
        await after.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.NotEqual(first.ETag(), after.ETag());
    }

    [Fact]
    public async Task Every_readable_resource_is_tagged_and_revalidates_with_304()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author, tags: [Unique.Tag()])).Long("id");
        var comment = (await Api.CreateCommentAsync(author, id)).Long("id");
        foreach (var (path, token) in new[]
                 {
                     ("/posts", null), ($"/posts/{id}/comments", null), ($"/posts/{id}/comments/{comment}", null), ("/tags", null),
                     ($"/users/{author.Id}", null), ("/users/me", author.AccessToken),
                 })
        {
            using var first = await Api.GetAsync(path, token);
            await first.ExpectStatusAsync(HttpStatusCode.OK);
            Assert.Equal(Conditional.TagOf(await first.Content.ReadAsByteArrayAsync()), first.ETag());
            using var again = await Api.SendWithAsync(HttpMethod.Get, path, null, token, ("If-None-Match", first.ETag()));
            Assert.True(again.StatusCode == HttpStatusCode.NotModified, $"GET {path} with its own ETag answered {(int)again.StatusCode}.");
        }
    }

    [Fact]
    public async Task A_create_and_an_edit_carry_the_ETag_a_GET_then_has()
    {
        var author = await Api.NewUserAsync();
        using var created = await Api.PostAsync("/posts", new { title = "Tagged " + Unique.Id(), content = "c", status = "published" }, author.AccessToken);
        var id = (await created.ExpectObjectAsync(HttpStatusCode.Created)).Long("id");
        Assert.Equal(Conditional.TagOf(await created.Content.ReadAsByteArrayAsync()), created.ETag());
        Assert.Equal("no-store", created.Header("Cache-Control"));
        using var read = await Api.GetAsync($"/posts/{id}", author.AccessToken);
        Assert.Equal(created.ETag(), read.ETag());

        using var patched = await Api.PatchAsync($"/posts/{id}", new { title = "Retitled " + Unique.Id() }, author.AccessToken);
        await patched.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal("no-store", patched.Header("Cache-Control"));
        using var reread = await Api.GetAsync($"/posts/{id}", author.AccessToken);
        Assert.Equal(patched.ETag(), reread.ETag());
    }

    [Fact]
    public async Task Errors_tokens_and_health_are_no_store()
    {
        var user = await Api.NewUserAsync();
        using var missing = await Api.GetAsync("/posts/999999999");
        await missing.ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("no-store", missing.Header("Cache-Control"));
        Assert.False(missing.Headers.Contains("ETag"));
        using var login = await Api.LoginAsync(user.Username);
        Assert.Equal("no-store", login.Header("Cache-Control"));
        using var health = await Api.GetAsync("/health");
        Assert.Equal("no-store", health.Header("Cache-Control"));
        using var unauthorized = await Api.PostAsync("/posts", new { title = "t", content = "c" });
        Assert.Equal("no-store", unauthorized.Header("Cache-Control"));
    }

    [Fact]
    public async Task An_API_answer_is_no_store_whatever_the_Accept_header_names()
    {
        var user = await Api.NewUserAsync();
        const string browserAccept = "text/html, application/json";
        using var login = await Api.SendWithAsync(HttpMethod.Post, "/auth/login",
            new { username = user.Username, password = user.Password }, null, ("Accept", browserAccept));
        await login.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal("no-store", login.Header("Cache-Control"));
        using var unauthorized = await Api.SendWithAsync(HttpMethod.Get, "/users/me", null, null, ("Accept", browserAccept));
        await unauthorized.ExpectProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("no-store", unauthorized.Header("Cache-Control"));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_stale_If_Match_is_412_and_writes_nothing(string method)
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        var stale = (await Api.GetAsync($"/posts/{id}", author.AccessToken)).ETag();
        await Api.CreateCommentAsync(author, id);
        var before = await Api.GetPostAsync(id, author.AccessToken);

        using var refused = await Api.SendWithAsync(new HttpMethod(method), $"/posts/{id}",
            method == "DELETE" ? null : new { title = "Never " + Unique.Id(), content = "never" }, author.AccessToken, ("If-Match", stale));
        var problem = await refused.ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(Changed, problem.Str("detail"));
        Assert.Equal("no-store", refused.Header("Cache-Control"));
        Assert.Equal(before.ToJsonString(), (await Api.GetPostAsync(id, author.AccessToken)).ToJsonString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    public async Task A_current_or_star_If_Match_goes_ahead(string method)
    {
        var author = await Api.NewUserAsync();
        foreach (var condition in new[] { "current", "*", "\"0000\", current" })
        {
            var id = (await Api.CreatePostAsync(author)).Long("id");
            var current = (await Api.GetAsync($"/posts/{id}", author.AccessToken)).ETag();
            using var write = await Api.SendWithAsync(new HttpMethod(method), $"/posts/{id}",
                method == "DELETE" ? null : new { title = "Kept " + Unique.Id(), content = "kept" }, author.AccessToken,
                ("If-Match", condition.Replace("current", current, StringComparison.Ordinal)));
            await write.ExpectStatusAsync(method == "DELETE" ? HttpStatusCode.NoContent : HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task A_weak_If_Match_never_matches()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        var current = (await Api.GetAsync($"/posts/{id}", author.AccessToken)).ETag();
        using var weak = await Api.SendWithAsync(HttpMethod.Patch, $"/posts/{id}", new { title = "Weak" }, author.AccessToken, ("If-Match", "W/" + current));
        await weak.ExpectProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task If_Match_is_decided_after_the_body_the_visibility_and_the_permission()
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var published = (await Api.CreatePostAsync(author)).Long("id");
        var draft = (await Api.CreatePostAsync(author, status: "draft")).Long("id");
        (string, string?)[] stale = [("If-Match", "\"00000000000000000000000000000000\"")];

        await (await Api.SendWithAsync(HttpMethod.Patch, $"/posts/{published}", new { title = "" }, author.AccessToken, stale)).ExpectValidationAsync("title");
        await (await Api.SendWithAsync(HttpMethod.Patch, $"/posts/{published}", new { title = "x" }, null, stale)).ExpectUnauthorizedAsync();
        await (await Api.SendWithAsync(HttpMethod.Patch, "/posts/999999999", new { title = "x" }, author.AccessToken, stale)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.SendWithAsync(HttpMethod.Delete, $"/posts/{draft}", null, other.AccessToken, stale)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.SendWithAsync(HttpMethod.Put, $"/posts/{published}", new { title = "x", content = "y" }, other.AccessToken, stale)).ExpectProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Of_two_edits_sent_with_one_ETag_exactly_one_succeeds()
    {
        var author = await Api.NewUserAsync();
        for (var trial = 0; trial < 30; trial++)
        {
            var id = (await Api.CreatePostAsync(author)).Long("id");
            var tag = (await Api.GetAsync($"/posts/{id}", author.AccessToken)).ETag();
            var (first, second) = await BothAtOnceAsync(
                api => api.SendWithAsync(HttpMethod.Patch, $"/posts/{id}", new { title = "First " + Unique.Id() }, author.AccessToken, ("If-Match", tag)),
                api => api.SendWithAsync(HttpMethod.Put, $"/posts/{id}", new { title = "Second " + Unique.Id(), content = "second" }, author.AccessToken, ("If-Match", tag)),
                Offset(trial));
            var statuses = new[] { first.StatusCode, second.StatusCode }.Order().ToArray();
            Assert.True(statuses is [HttpStatusCode.OK, HttpStatusCode.PreconditionFailed],
                $"Trial {trial}: two edits with one ETag answered {Statuses([first, second])}; exactly one must win and the other be 412.");
        }
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task A_large_GET_is_compressed_and_its_ETag_names_the_encoding(string encoding)
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author, content: UniqueText(3000))).Long("id");
        using var plain = await Api.GetAsync($"/posts/{id}");
        Assert.Empty(plain.Content.Headers.ContentEncoding);

        using var compressed = await Api.SendWithAsync(HttpMethod.Get, $"/posts/{id}", null, null, ("Accept-Encoding", $"gzip;q=0.5, {encoding}"));
        await compressed.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal(encoding, Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await compressed.DecompressedAsync());
        Assert.Equal(plain.ETag()[..^1] + $"-{encoding}\"", compressed.ETag());
        Assert.Contains("Accept-Encoding", compressed.Header("Vary"), StringComparison.Ordinal);

        using var revalidated = await Api.SendWithAsync(HttpMethod.Get, $"/posts/{id}", null, null, ("If-None-Match", compressed.ETag()));
        await revalidated.ExpectStatusAsync(HttpStatusCode.NotModified);
        var current = (await Api.GetAsync($"/posts/{id}", author.AccessToken)).ETag();
        using var edit = await Api.SendWithAsync(HttpMethod.Patch, $"/posts/{id}", new { title = "Compressed" }, author.AccessToken, ("If-Match", current[..^1] + $"-{encoding}\""));
        await edit.ExpectStatusAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Brotli_is_preferred_and_small_bodies_and_writes_are_not_compressed()
    {
        var author = await Api.NewUserAsync();
        var large = UniqueText(3000);
        using var created = await Api.SendWithAsync(HttpMethod.Post, "/posts", new { title = "Big " + Unique.Id(), content = large, status = "published" },
            author.AccessToken, ("Accept-Encoding", "br, gzip"));
        var id = (await created.ExpectObjectAsync(HttpStatusCode.Created)).Long("id");
        Assert.Empty(created.Content.Headers.ContentEncoding);

        using var preferred = await Api.SendWithAsync(HttpMethod.Get, $"/posts/{id}", null, null, ("Accept-Encoding", "gzip, br"));
        Assert.Equal("br", Assert.Single(preferred.Content.Headers.ContentEncoding));

        var small = (await Api.CreatePostAsync(author, content: "small")).Long("id");
        using var smallGet = await Api.SendWithAsync(HttpMethod.Get, $"/posts/{small}", null, null, ("Accept-Encoding", "br, gzip"));
        await smallGet.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Empty(smallGet.Content.Headers.ContentEncoding);
        Assert.DoesNotContain("-br", smallGet.ETag(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_is_read_under_its_post_only()
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        var elsewhere = (await Api.CreatePostAsync(author)).Long("id");
        using var created = await Api.PostAsync($"/posts/{id}/comments", new { content = "Read me " + Unique.Id() }, other.AccessToken);
        var comment = await created.ExpectObjectAsync(HttpStatusCode.Created);
        var location = created.Headers.Location!.ToString();

        using var read = await Api.GetAsync(location);
        Assert.Equal(comment.ToJsonString(), (await read.ExpectObjectAsync(HttpStatusCode.OK)).ToJsonString());
        Assert.Equal(created.ETag(), read.ETag());
        await (await Api.GetAsync($"/posts/{elsewhere}/comments/{comment.Long("id")}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.GetAsync($"/posts/{id}/comments/999999999")).ExpectProblemAsync(HttpStatusCode.NotFound);

        await (await Api.PatchAsync($"/posts/{id}", new { status = "draft" }, author.AccessToken)).ExpectStatusAsync(HttpStatusCode.OK);
        await (await Api.GetAsync(location, other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.GetAsync(location, author.AccessToken)).ExpectStatusAsync(HttpStatusCode.OK);
    }
}
