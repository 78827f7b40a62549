namespace Blog.ContractTests.Specs;

/// <summary>PATCH (partial), PUT (full replacement) and DELETE of a post, and who may do them.</summary>
public abstract class PostUpdateSpecs(IBlogHost host) : ContractSpec(host)
{
    private static void AssertUnchangedBut(JsonObject before, JsonObject after, params string[] changed)
    {
        foreach (var key in new[] { "id", "title", "slug", "content", "status", "tags", "author", "comment_count", "created_at" }.Except(changed))
        {
            Assert.True(JsonNode.DeepEquals(before[key], after[key]), $"'{key}' changed from {before[key]?.ToJsonString()} to {after[key]?.ToJsonString()}");
        }

        Assert.True(HttpJson.AssertTimestamp(after["updated_at"]) >= HttpJson.AssertTimestamp(before["updated_at"]), "updated_at went backwards");
    }

    [Fact]
    public async Task Patch_changes_only_the_fields_given()
    {
        var user = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var post = await Api.CreatePostAsync(user, status: "draft", tags: [tag]);
        var id = post.Long("id");

        var content = await (await Api.PatchAsync($"/posts/{id}", new { content = "new content" }, user.AccessToken)).ExpectObjectAsync();
        PostCreateSpecs.AssertPostShape(content);
        Assert.Equal("new content", content.Str("content"));
        AssertUnchangedBut(post, content, "content");

        var status = await (await Api.PatchAsync($"/posts/{id}", new { status = "published" }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal("published", status.Str("status"));
        AssertUnchangedBut(content, status, "status");

        var other = Unique.Tag();
        var tags = await (await Api.PatchAsync($"/posts/{id}", new { tags = new[] { other.ToUpperInvariant(), other } }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(new[] { other }, tags.Strings("tags"));
        AssertUnchangedBut(status, tags, "tags");

        var title = "Patched " + Unique.Id();
        var titled = await (await Api.PatchAsync($"/posts/{id}", new { title }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(title, titled.Str("title"));
        AssertUnchangedBut(tags, titled, "title", "slug");

        var read = await Api.GetPostAsync(id);
        Assert.True(JsonNode.DeepEquals(titled, read), $"GET {read.ToJsonString()} differs from the PATCH answer {titled.ToJsonString()}");
    }

    [Fact]
    public async Task Patch_moves_updated_at_forward_and_keeps_created_at()
    {
        var user = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(user);
        await Task.Delay(20);
        var patched = await (await Api.PatchAsync($"/posts/{post.Long("id")}", new { content = "later" }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(post.Str("created_at"), patched.Str("created_at"));
        Assert.True(HttpJson.AssertTimestamp(patched["updated_at"]) > HttpJson.AssertTimestamp(post["updated_at"]), "a change must move updated_at forward");
    }

    [Fact]
    public async Task Patch_with_an_empty_object_changes_nothing()
    {
        var user = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(user, tags: [Unique.Tag()]);
        var patched = await (await Api.PatchAsync($"/posts/{post.Long("id")}", "{}", user.AccessToken)).ExpectObjectAsync();
        AssertUnchangedBut(post, patched);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("content")]
    [InlineData("status")]
    [InlineData("tags")]
    public async Task Patch_with_an_explicit_null_is_422(string field)
    {
        var user = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(user);
        await (await Api.PatchAsync($"/posts/{post.Long("id")}", $$"""{"{{field}}": null}""", user.AccessToken)).ExpectValidationAsync(field);
        AssertUnchangedBut(post, await Api.GetPostAsync(post.Long("id")));
    }

    [Theory]
    [InlineData("""{"title": ""}""", "title")]
    [InlineData("""{"title": "   "}""", "title")]
    [InlineData("""{"content": " \n "}""", "content")]
    [InlineData("""{"status": "gone"}""", "status")]
    [InlineData("""{"tags": ["bad tag"]}""", "tags")]
    [InlineData("""{"title": 5}""", "title")]
    [InlineData("""{"tags": "news"}""", "tags")]
    [InlineData("""{"content": false}""", "content")]
    public async Task Patch_checks_the_same_rules_as_create(string json, string field)
    {
        var user = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(user);
        await (await Api.PatchAsync($"/posts/{post.Long("id")}", json, user.AccessToken)).ExpectValidationAsync(field);
    }

    [Fact]
    public async Task Patch_checks_the_length_limits()
    {
        var user = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(user)).Long("id");
        await (await Api.PatchAsync($"/posts/{id}", new { title = UniqueText(201) }, user.AccessToken)).ExpectValidationAsync("title");
        await (await Api.PatchAsync($"/posts/{id}", new { content = UniqueText(100_001) }, user.AccessToken)).ExpectValidationAsync("content");
        await (await Api.PatchAsync($"/posts/{id}", new { tags = Enumerable.Range(0, 11).Select(_ => Unique.Tag()) }, user.AccessToken)).ExpectValidationAsync("tags");
        await (await Api.PatchAsync($"/posts/{id}", new { tags = new[] { UniqueText(31, 'a') } }, user.AccessToken)).ExpectValidationAsync("tags");
        var title = UniqueText(200);
        Assert.Equal(title, (await (await Api.PatchAsync($"/posts/{id}", new { title }, user.AccessToken)).ExpectObjectAsync()).Str("title"));
    }

    [Fact]
    public async Task Put_replaces_the_whole_post_and_omitted_optionals_reset_to_defaults()
    {
        var user = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(user, status: "published", tags: [Unique.Tag(), Unique.Tag()]);
        var title = "Replaced " + Unique.Id();
        var put = await (await Api.PutAsync($"/posts/{post.Long("id")}", new { title, content = "replaced" }, user.AccessToken)).ExpectObjectAsync();
        PostCreateSpecs.AssertPostShape(put);
        Assert.Equal(post.Long("id"), put.Long("id"));
        Assert.Equal(title, put.Str("title"));
        Assert.Equal("replaced", put.Str("content"));
        Assert.Equal("draft", put.Str("status"));
        Assert.Empty(put.Strings("tags"));
        Assert.Equal(post.Str("created_at"), put.Str("created_at"));
        Assert.Equal(title.ToLowerInvariant().Replace(' ', '-'), put.Str("slug"));
    }

    [Fact]
    public async Task Put_with_every_field_sets_every_field()
    {
        var user = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(user, status: "draft");
        var tag = Unique.Tag();
        var title = "Full " + Unique.Id();
        var put = await (await Api.PutAsync($"/posts/{post.Long("id")}", new { title, content = "all", status = "archived", tags = new[] { tag.ToUpperInvariant() } }, user.AccessToken))
            .ExpectObjectAsync();
        Assert.Equal(title, put.Str("title"));
        Assert.Equal("all", put.Str("content"));
        Assert.Equal("archived", put.Str("status"));
        Assert.Equal(new[] { tag }, put.Strings("tags"));
        Assert.True(JsonNode.DeepEquals(put, await Api.GetPostAsync(post.Long("id"), user.AccessToken)));
    }

    [Fact]
    public async Task Put_requires_title_and_content()
    {
        var user = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(user)).Long("id");
        await (await Api.PutAsync($"/posts/{id}", new { content = "c" }, user.AccessToken)).ExpectValidationAsync("title");
        await (await Api.PutAsync($"/posts/{id}", new { title = "t" }, user.AccessToken)).ExpectValidationAsync("content");
        await (await Api.PutAsync($"/posts/{id}", new { status = "published" }, user.AccessToken)).ExpectValidationAsync("title", "content");
        await (await Api.PutAsync($"/posts/{id}", """{"title": null, "content": "c"}""", user.AccessToken)).ExpectValidationAsync("title");
        await (await Api.PutAsync($"/posts/{id}", new { title = " ", content = "c" }, user.AccessToken)).ExpectValidationAsync("title");
        await (await Api.PutAsync($"/posts/{id}", new { title = "t", content = "c", tags = new[] { "bad tag" } }, user.AccessToken)).ExpectValidationAsync("tags");
    }

    [Fact]
    public async Task Editing_someone_elses_published_post_is_403()
    {
        var author = await Api.NewUserAsync();
        var intruder = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(author, status: "published");
        var id = post.Long("id");
        await (await Api.PatchAsync($"/posts/{id}", new { title = "mine now" }, intruder.AccessToken)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await Api.PutAsync($"/posts/{id}", new { title = "mine now", content = "c" }, intruder.AccessToken)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await Api.DeleteAsync($"/posts/{id}", intruder.AccessToken)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        Assert.True(JsonNode.DeepEquals(post, await Api.GetPostAsync(id)), "a refused edit must change nothing");
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("archived")]
    public async Task Editing_someone_elses_hidden_post_is_404(string status)
    {
        var author = await Api.NewUserAsync();
        var intruder = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author, status: status)).Long("id");
        await (await Api.PatchAsync($"/posts/{id}", new { title = "mine now" }, intruder.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PutAsync($"/posts/{id}", new { title = "mine now", content = "c" }, intruder.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"/posts/{id}", intruder.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await Api.GetPostAsync(id, author.AccessToken);
    }

    [Fact]
    public async Task Editing_without_a_token_is_401()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        await (await Api.PatchAsync($"/posts/{id}", new { title = "x" })).ExpectUnauthorizedAsync();
        await (await Api.PutAsync($"/posts/{id}", new { title = "x", content = "c" })).ExpectUnauthorizedAsync();
        await (await Api.DeleteAsync($"/posts/{id}")).ExpectUnauthorizedAsync();
    }

    [Fact]
    public async Task Editing_a_missing_post_is_404()
    {
        var user = await Api.NewUserAsync();
        await (await Api.PatchAsync("/posts/2000000000", new { title = "x" }, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PutAsync("/posts/2000000000", new { title = "x", content = "c" }, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync("/posts/2000000000", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_is_204_and_the_post_is_gone()
    {
        var user = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(user)).Long("id");
        var response = await Api.DeleteAsync($"/posts/{id}", user.AccessToken);
        await response.ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await (await Api.GetAsync($"/posts/{id}", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.DeleteAsync($"/posts/{id}", user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PatchAsync($"/posts/{id}", new { title = "x" }, user.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain(id, Api.Ids(await Api.PageAsync($"/posts?author_id={user.Id}&limit=100")));
    }

    [Fact]
    public async Task An_author_can_edit_and_delete_their_own_draft_and_archived_posts()
    {
        var user = await Api.NewUserAsync();
        foreach (var status in new[] { "draft", "archived" })
        {
            var id = (await Api.CreatePostAsync(user, status: status)).Long("id");
            var patched = await (await Api.PatchAsync($"/posts/{id}", new { content = "edited" }, user.AccessToken)).ExpectObjectAsync();
            Assert.Equal(status, patched.Str("status"));
            await (await Api.DeleteAsync($"/posts/{id}", user.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        }
    }
}
