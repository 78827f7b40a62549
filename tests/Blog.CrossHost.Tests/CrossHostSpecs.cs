namespace Blog.CrossHost.Tests;

/// <summary>
/// The hosts share one schema, one token format and one wire format: whatever one host writes, every other reads,
/// changes and deletes, and each answers a read with the very same JSON text.
/// </summary>
[Collection(nameof(HostsCollection))]
public sealed class CrossHostSpecs(HostsFixture hosts)
{
    /// <summary>Every ordered pair of distinct hosts: (writer, reader).</summary>
    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        foreach (var writer in HostProcess.Built.Keys)
        foreach (var reader in HostProcess.Built.Keys.Where(r => r != writer))
            data.Add(writer, reader);
        return data;
    }

    [Fact]
    public void At_least_two_hosts_are_under_test() =>
        Assert.True(HostProcess.Built.Count >= 2, $"Hosts built: {string.Join(", ", HostProcess.Built.Keys)}");

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task A_user_registered_on_one_host_logs_in_and_reads_the_same_on_the_other(string writer, string reader)
    {
        using var a = hosts.Api(writer);
        using var b = hosts.Api(reader);
        var user = await a.NewUserAsync();

        var tokens = await b.LoginOkAsync(user.Username);
        Assert.Equal(user.Id, (await (await a.GetAsync("/users/me", tokens.Str("access_token"))).ExpectObjectAsync()).Long("id"));
        await SameJsonAsync($"/users/{user.Id}", null, a, b);
        await SameJsonAsync("/users/me", user.AccessToken, a, b);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task A_refresh_token_rotates_across_hosts(string writer, string reader)
    {
        using var a = hosts.Api(writer);
        using var b = hosts.Api(reader);
        var user = await a.NewUserAsync();

        var rotated = await (await b.RefreshAsync(user.RefreshToken)).ExpectObjectAsync();
        await (await a.RefreshAsync(user.RefreshToken)).ExpectUnauthorizedAsync();
        // Reuse revoked the whole login, the token just handed out included.
        await (await a.RefreshAsync(rotated.Str("refresh_token"))).ExpectUnauthorizedAsync();
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public async Task A_post_written_on_one_host_is_read_changed_and_deleted_on_the_other(string writer, string reader)
    {
        using var a = hosts.Api(writer);
        using var b = hosts.Api(reader);
        var author = await a.NewUserAsync();
        var commenter = await b.NewUserAsync();
        var tag = Unique.Tag();
        var first = await a.CreatePostAsync(author, title: "Cross " + Unique.Id(), tags: [tag, "Shared-Tag"]);
        var second = await a.CreatePostAsync(author, tags: [tag]);
        var id = first.Long("id");

        Assert.True(JsonNode.DeepEquals(first, await b.GetPostAsync(id)), "the reader shows the post as the writer created it");
        await SameJsonAsync($"/posts/{id}", null, a, b);

        var comment = await b.CreateCommentAsync(commenter, id);
        await SameJsonAsync($"/posts/{id}", null, a, b);
        await SameJsonAsync($"/posts/{id}/comments", null, a, b);
        await SameJsonAsync($"/posts?author_id={author.Id}", null, a, b);
        await SameJsonAsync($"/posts?tag={tag}&sort=title", null, a, b);
        await SameJsonAsync("/tags", null, a, b);

        // A cursor made by one host pages on the other.
        var page = await a.PageAsync($"/posts?author_id={author.Id}&limit=1");
        var rest = await b.PageAsync($"/posts?author_id={author.Id}&limit=1&cursor={Uri.EscapeDataString(page.Str("next_cursor"))}");
        Assert.Equal([second.Long("id"), id], Api.Ids(page).Concat(Api.Ids(rest)));

        var patched = await (await b.PatchAsync($"/posts/{id}", new { title = "Renamed " + Unique.Id(), tags = new[] { tag } }, author.AccessToken)).ExpectObjectAsync();
        Assert.NotEqual(first.Str("slug"), patched.Str("slug"));
        Assert.True(JsonNode.DeepEquals(patched, await a.GetPostAsync(id)));
        await SameJsonAsync($"/posts/{id}", null, a, b);

        var replaced = await (await b.PutAsync($"/posts/{id}", new { title = patched.Str("title"), content = "Replaced" }, author.AccessToken)).ExpectObjectAsync();
        Assert.Equal("draft", replaced.Str("status"));
        await SameJsonAsync($"/posts/{id}", author.AccessToken, a, b);

        await (await a.DeleteAsync($"/posts/{id}/comments/{comment.Long("id")}", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.Equal(0, (await b.GetPostAsync(id, author.AccessToken)).Long("comment_count"));

        await (await b.DeleteAsync($"/posts/{id}", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        await (await a.GetAsync($"/posts/{id}", author.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await b.GetAsync($"/posts/{id}", author.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>Both hosts answer the GET with 200 and byte-identical JSON.</summary>
    private static async Task SameJsonAsync(string path, string? token, Api a, Api b)
    {
        var fromA = await (await a.GetAsync(path, token)).ExpectStatusAsync(HttpStatusCode.OK);
        var fromB = await (await b.GetAsync(path, token)).ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal(fromA, fromB);
    }
}
