namespace Blog.ContractTests.Specs;

/// <summary>Drafts and archived posts are their author's alone: by id, in lists, in searches, under comments.</summary>
public abstract class PostVisibilitySpecs(IBlogHost host) : ContractSpec(host)
{
    [Fact]
    public async Task A_published_post_is_visible_to_everyone()
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(author, status: "published");
        foreach (var token in new[] { null, other.AccessToken, author.AccessToken })
        {
            Assert.True(JsonNode.DeepEquals(post, await Api.GetPostAsync(post.Long("id"), token)));
        }
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("archived")]
    public async Task A_hidden_post_is_404_to_everyone_but_its_author(string status)
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author, status: status)).Long("id");
        Assert.Equal(status, (await Api.GetPostAsync(id, author.AccessToken)).Str("status"));
        await (await Api.GetAsync($"/posts/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        var problem = await (await Api.GetAsync($"/posts/{id}", other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        var missing = await (await Api.GetAsync("/posts/2000000000", other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(missing.Str("detail"), problem.Str("detail"));
        Assert.Equal(missing.Str("title"), problem.Str("title"));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("archived")]
    public async Task A_hidden_post_is_in_no_list_of_anyone_else(string status)
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var word = Unique.Word();
        var id = (await Api.CreatePostAsync(author, title: $"Hidden {word}", status: status, tags: [tag])).Long("id");
        foreach (var token in new[] { null, other.AccessToken })
        {
            var queries = new (string Query, bool Narrow)[]
            {
                ($"author_id={author.Id}", true), ($"tag={tag}", true), ($"search={word}", true), ($"status={status}", false),
                ($"status={status}&author_id={author.Id}", true), ($"status={status}&tag={tag}", true),
                ($"status=published&author_id={author.Id}", true), ("limit=100", false),
            };
            foreach (var (query, narrow) in queries)
            {
                var page = await Api.PageAsync($"/posts?{query}", token);
                Assert.DoesNotContain(id, Api.Ids(page));
                if (narrow)
                {
                    Assert.True(page.Long("total") == 0, $"{query}: total counts a post the caller cannot see: {page.ToJsonString()}");
                }
            }
        }
    }

    [Fact]
    public async Task Asking_for_drafts_anonymously_is_an_empty_page_not_an_error()
    {
        foreach (var status in new[] { "draft", "archived" })
        {
            var page = await Api.PageAsync($"/posts?status={status}");
            Assert.Empty(Api.Items(page));
            Assert.Equal(0, page.Long("total"));
            Assert.False(page.Bool("has_more"));
        }
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("archived")]
    public async Task An_author_lists_their_own_hidden_posts_with_the_status_filter(string status)
    {
        var author = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var hidden = (await Api.CreatePostAsync(author, status: status, tags: [tag])).Long("id");
        var published = (await Api.CreatePostAsync(author, status: "published", tags: [tag])).Long("id");

        var page = await Api.PageAsync($"/posts?status={status}&tag={tag}", author.AccessToken);
        Assert.Equal(new[] { hidden }, Api.Ids(page));
        Assert.Equal(1, page.Long("total"));
        Assert.All(Api.Items(page), item => Assert.Equal(status, item.Str("status")));

        var mine = await Api.PageAsync($"/posts?status={status}", author.AccessToken);
        Assert.All(Api.Items(mine), item => Assert.Equal(author.Id, item["author"].Long("id")));

        // Without a status filter a list shows published posts only, to the author too.
        var defaults = await Api.PageAsync($"/posts?tag={tag}", author.AccessToken);
        Assert.Equal(new[] { published }, Api.Ids(defaults));
        Assert.Equal(1, defaults.Long("total"));
        var explicitly = await Api.PageAsync($"/posts?status=published&tag={tag}", author.AccessToken);
        Assert.Equal(new[] { published }, Api.Ids(explicitly));
    }

    [Fact]
    public async Task Drafts_of_two_authors_stay_apart()
    {
        var a = await Api.NewUserAsync();
        var b = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var draftA = (await Api.CreatePostAsync(a, status: "draft", tags: [tag])).Long("id");
        var draftB = (await Api.CreatePostAsync(b, status: "draft", tags: [tag])).Long("id");
        Assert.Equal(new[] { draftA }, Api.Ids(await Api.PageAsync($"/posts?status=draft&tag={tag}", a.AccessToken)));
        Assert.Equal(new[] { draftB }, Api.Ids(await Api.PageAsync($"/posts?status=draft&tag={tag}", b.AccessToken)));
        Assert.Empty(Api.Ids(await Api.PageAsync($"/posts?status=draft&author_id={b.Id}", a.AccessToken)));
    }

    [Fact]
    public async Task Unpublishing_hides_a_post_again_and_publishing_shows_it()
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author, status: "published")).Long("id");
        await Api.GetPostAsync(id, other.AccessToken);

        await (await Api.PatchAsync($"/posts/{id}", new { status = "draft" }, author.AccessToken)).ExpectObjectAsync();
        await (await Api.GetAsync($"/posts/{id}", other.AccessToken)).ExpectProblemAsync(HttpStatusCode.NotFound);

        await (await Api.PatchAsync($"/posts/{id}", new { status = "published" }, author.AccessToken)).ExpectObjectAsync();
        await Api.GetPostAsync(id, other.AccessToken);

        await (await Api.PatchAsync($"/posts/{id}", new { status = "archived" }, author.AccessToken)).ExpectObjectAsync();
        await (await Api.GetAsync($"/posts/{id}")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("archived", (await Api.GetPostAsync(id, author.AccessToken)).Str("status"));
    }

    [Fact]
    public async Task An_invalid_token_on_a_public_read_is_401_not_anonymous()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author, status: "published")).Long("id");
        await (await Api.GetAsync($"/posts/{id}", "garbage")).ExpectUnauthorizedAsync();
        await (await Api.GetAsync("/posts", "garbage")).ExpectUnauthorizedAsync();
    }
}
