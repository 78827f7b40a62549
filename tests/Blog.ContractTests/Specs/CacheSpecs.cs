using Blog.ContractTests.Counting;

namespace Blog.ContractTests.Specs;

/// <summary>
/// docs/contract.md, "The cache", on one instance: a second <c>GET /tags</c> is answered from the cache (no SQL
/// statement) with the same bytes and ETag, and every kind of write makes the next read fresh. Needs an in-process
/// host (it counts statements).
/// </summary>
public abstract class CacheSpecs(IBlogHost host) : ContractSpec(host)
{
    private StatementCounter Counter()
    {
        RequireInProcess("Counting SQL statements");
        return Host.Statements ?? throw new InvalidOperationException("The in-process fixture counts no statements.");
    }

    /// <summary>The statements of one <c>GET /tags</c>, and its answer.</summary>
    private async Task<(int Statements, byte[] Body, string ETag)> TagsAsync()
    {
        var counter = Counter();
        counter.Reset();
        var response = await Api.GetAsync("/tags");
        await response.ExpectStatusAsync(HttpStatusCode.OK);
        return (counter.Count, await response.Content.ReadAsByteArrayAsync(), response.ETag());
    }

    /// <summary>
    /// The fewest statements of a few reads: the host's background work (a job run after a comment, the watch of
    /// deactivated users) runs statements too, which must never count against the cache. An uncached read runs
    /// statements every time, so the least of them is still above zero.
    /// </summary>
    private async Task<int> CachedStatementsAsync()
    {
        var fewest = (await TagsAsync()).Statements;
        for (var i = 0; i < 4 && fewest > 0; i++) fewest = Math.Min(fewest, (await TagsAsync()).Statements);
        return fewest;
    }

    private async Task<long?> CountOfAsync(string tag)
    {
        var tags = await (await Api.GetAsync("/tags")).ExpectArrayAsync();
        return tags.Where(t => t!.Str("name") == tag).Select(t => (long?)t!.Long("post_count")).SingleOrDefault();
    }

    [Fact]
    public async Task A_second_read_runs_no_statement_and_gives_the_same_bytes_and_etag()
    {
        var author = await Api.NewUserAsync();
        await Api.CreatePostAsync(author, tags: [Unique.Tag(), Unique.Tag()]);

        var first = await TagsAsync();
        Assert.True(first.Statements > 0, "the first read after a write reads the database");
        Assert.Equal(0, await CachedStatementsAsync());
        var cached = await TagsAsync();
        Assert.Equal(first.Body, cached.Body);
        Assert.Equal(first.ETag, cached.ETag);
        Assert.Equal(Conditional.TagOf(first.Body), cached.ETag);
    }

    [Fact]
    public async Task Every_write_of_a_post_is_seen_by_the_next_read()
    {
        var author = await Api.NewUserAsync();
        var (tag, other) = (Unique.Tag(), Unique.Tag());
        var post = await Api.CreatePostAsync(author, tags: [tag]);
        var id = post.Long("id");
        Assert.Equal(1, await CountOfAsync(tag));

        await Api.CreatePostAsync(author, tags: [tag]);
        Assert.Equal(2, await CountOfAsync(tag));

        await (await Api.PatchAsync($"/posts/{id}", new { tags = new[] { other } }, author.AccessToken)).ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal(1, await CountOfAsync(tag));
        Assert.Equal(1, await CountOfAsync(other));

        await (await Api.PutAsync($"/posts/{id}", new { title = "Now a draft", content = "Hidden.", tags = new[] { other } }, author.AccessToken))
            .ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Null(await CountOfAsync(other));

        await (await Api.PatchAsync($"/posts/{id}", new { status = "published" }, author.AccessToken)).ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal(1, await CountOfAsync(other));

        await (await Api.DeleteAsync($"/posts/{id}", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.Null(await CountOfAsync(other));
        Assert.Equal(1, await CountOfAsync(tag));
    }

    [Fact]
    public async Task A_comment_create_or_delete_moves_the_generation_so_the_next_read_reads_the_database()
    {
        var author = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(author, tags: [Unique.Tag()]);
        await TagsAsync();
        Assert.Equal(0, await CachedStatementsAsync());

        var comment = await Api.CreateCommentAsync(author, post.Long("id"));
        Assert.True((await TagsAsync()).Statements > 0, "a comment create moves the generation");
        Assert.Equal(0, await CachedStatementsAsync());

        await (await Api.DeleteAsync($"/posts/{post.Long("id")}/comments/{comment.Long("id")}", author.AccessToken))
            .ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.True((await TagsAsync()).Statements > 0, "a comment delete moves the generation");
    }
}
