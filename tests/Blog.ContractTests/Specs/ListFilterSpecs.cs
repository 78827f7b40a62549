namespace Blog.ContractTests.Specs;

/// <summary>GET /posts filters: status, author_id, tag, search (literal, case-insensitive), combined with AND, and total.</summary>
public abstract class ListFilterSpecs(IBlogHost host) : ContractSpec(host)
{
    private static string Q(string value) => Uri.EscapeDataString(value);

    private async Task<List<long>> IdsAsync(string query, string? token = null, long? expectedTotal = null)
    {
        var page = await Api.PageAsync($"/posts?limit=100&{query}", token);
        var ids = Api.Ids(page);
        Assert.Equal(ids.Count, page.Long("total"));
        if (expectedTotal is not null)
        {
            Assert.Equal(expectedTotal.Value, page.Long("total"));
        }

        return ids;
    }

    [Fact]
    public async Task Filters_combine_with_and_and_total_counts_every_match()
    {
        var a = await Api.NewUserAsync();
        var b = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var word = Unique.Word();
        var a1 = (await Api.CreatePostAsync(a, title: $"Alpha {word}", tags: [tag])).Long("id");
        var a2 = (await Api.CreatePostAsync(a, title: "Beta " + Unique.Id(), tags: [tag, Unique.Tag()])).Long("id");
        var a3 = (await Api.CreatePostAsync(a, title: $"Gamma {word}", status: "draft", tags: [tag])).Long("id");
        var a4 = (await Api.CreatePostAsync(a, title: "Delta " + Unique.Id(), content: $"mentions {word} inside")).Long("id");
        var b1 = (await Api.CreatePostAsync(b, title: $"Epsilon {word}", tags: [tag])).Long("id");
        var b2 = (await Api.CreatePostAsync(b, title: "Zeta " + Unique.Id(), tags: [tag])).Long("id");
        await Api.CreatePostAsync(b, title: $"Eta {word}", status: "archived", tags: [tag]);

        Assert.Equal(new[] { a1, a2, b1, b2 }.Order(), (await IdsAsync($"tag={tag}")).Order());
        Assert.Equal(new[] { a1, a2 }.Order(), (await IdsAsync($"tag={tag}&author_id={a.Id}")).Order());
        Assert.Equal(new[] { a1, a2, a4 }.Order(), (await IdsAsync($"author_id={a.Id}")).Order());
        Assert.Equal(new[] { a1, a4, b1 }.Order(), (await IdsAsync($"search={word}")).Order());
        Assert.Equal(new[] { a1, b1 }.Order(), (await IdsAsync($"search={word}&tag={tag}")).Order());
        Assert.Equal(new[] { b1 }, await IdsAsync($"search={word}&tag={tag}&author_id={b.Id}"));
        Assert.Empty(await IdsAsync($"search={word}&tag={tag}&author_id={b.Id}&status=draft", b.AccessToken));
        Assert.Equal(new[] { a3 }, await IdsAsync($"search={word}&status=draft", a.AccessToken));
        Assert.Equal(new[] { a3 }, await IdsAsync($"tag={tag}&status=draft&author_id={a.Id}", a.AccessToken));
        Assert.Equal(new[] { a1, a2, b1, b2 }.Order(), (await IdsAsync($"tag={tag}&status=published", a.AccessToken)).Order());

        // total counts past the page
        var page = await Api.PageAsync($"/posts?tag={tag}&limit=1");
        Assert.Single(Api.Items(page));
        Assert.Equal(4, page.Long("total"));
        var searchPage = await Api.PageAsync($"/posts?search={word}&limit=2");
        Assert.Equal(3, searchPage.Long("total"));
    }

    [Fact]
    public async Task Search_is_a_case_insensitive_substring_of_title_or_content()
    {
        var user = await Api.NewUserAsync();
        var word = Unique.Word();
        var inTitle = (await Api.CreatePostAsync(user, title: $"About {word.ToUpperInvariant()}s today")).Long("id");
        var inContent = (await Api.CreatePostAsync(user, content: $"Deep inside: pre{word}post.")).Long("id");
        await Api.CreatePostAsync(user, title: "Unrelated " + Unique.Id());
        foreach (var search in new[] { word, word.ToUpperInvariant(), word[1..^1], char.ToUpperInvariant(word[0]) + word[1..] })
        {
            Assert.Equal(new[] { inTitle, inContent }.Order(), (await IdsAsync($"author_id={user.Id}&search={Q(search)}")).Order());
        }
    }

    [Theory]
    [InlineData("100% sure {0}", "1000 sure {0}", "100% sure {0}")]
    [InlineData("50% {0}", "50 {0}", "%")]
    [InlineData("a_b {0}", "axb {0}", "a_b {0}")]
    [InlineData("snake_case {0}", "snakeXcase {0}", "_")]
    [InlineData(@"c:\dir {0}", "c:dir {0}", @"c:\dir {0}")]
    [InlineData(@"back\slash {0}", "back slash {0}", @"\")]
    [InlineData("[abc] {0}", "a {0}", "[abc]")]
    [InlineData("it's {0}", "its {0}", "'s")]
    [InlineData("say \"hi\" {0}", "say hi {0}", "\"hi\"")]
    public async Task Search_treats_wildcards_and_quotes_as_ordinary_characters(string matching, string other, string search)
    {
        var user = await Api.NewUserAsync();
        var id = Unique.Id();
        var hit = (await Api.CreatePostAsync(user, title: matching.Replace("{0}", id, StringComparison.Ordinal), content: "plain")).Long("id");
        await Api.CreatePostAsync(user, title: other.Replace("{0}", id, StringComparison.Ordinal), content: "plain");
        Assert.Equal(new[] { hit }, await IdsAsync($"author_id={user.Id}&search={Q(search.Replace("{0}", id, StringComparison.Ordinal))}", expectedTotal: 1));
    }

    [Fact]
    public async Task An_empty_search_is_no_filter()
    {
        var user = await Api.NewUserAsync();
        var ids = new[] { (await Api.CreatePostAsync(user)).Long("id"), (await Api.CreatePostAsync(user)).Long("id") };
        Assert.Equal(ids.Order(), (await IdsAsync($"author_id={user.Id}&search=")).Order());
    }

    [Fact]
    public async Task The_tag_filter_matches_whole_tags_in_any_case()
    {
        var user = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var tagged = (await Api.CreatePostAsync(user, tags: [tag, Unique.Tag()])).Long("id");
        await Api.CreatePostAsync(user, tags: [tag + "-more"]);
        await Api.CreatePostAsync(user, tags: [tag[..^1]]);
        Assert.Equal(new[] { tagged }, await IdsAsync($"tag={tag}"));
        Assert.Equal(new[] { tagged }, await IdsAsync($"tag={tag.ToUpperInvariant()}"));
        Assert.Empty(await IdsAsync($"tag={Unique.Tag()}"));
    }

    [Fact]
    public async Task The_author_filter_lists_only_that_authors_posts()
    {
        var a = await Api.NewUserAsync();
        var b = await Api.NewUserAsync();
        var mine = (await Api.CreatePostAsync(a)).Long("id");
        await Api.CreatePostAsync(b);
        var page = await Api.PageAsync($"/posts?author_id={a.Id}");
        Assert.Equal(new[] { mine }, Api.Ids(page));
        Assert.Equal(a.Username, Api.Items(page)[0]["author"].Str("username"));
        Assert.Empty(await IdsAsync("author_id=2000000000"));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("99999999999999999999")]
    public async Task A_non_integer_author_id_is_400(string authorId)
    {
        await (await Api.GetAsync($"/posts?author_id={Q(authorId)}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("Published")]
    [InlineData("all")]
    [InlineData("deleted")]
    public async Task An_unknown_status_filter_is_400(string status)
    {
        await (await Api.GetAsync($"/posts?status={Q(status)}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_trailing_slash_is_the_same_list()
    {
        var user = await Api.NewUserAsync();
        var tag = Unique.Tag();
        await Api.CreatePostAsync(user, tags: [tag]);
        await Api.CreatePostAsync(user, tags: [tag]);
        var plain = await Api.PageAsync($"/posts?tag={tag}");
        var slashed = await Api.PageAsync($"/posts/?tag={tag}");
        Assert.Equal(2, plain.Long("total"));
        Assert.True(JsonNode.DeepEquals(plain, slashed), $"/posts/ {slashed.ToJsonString()} differs from /posts {plain.ToJsonString()}");
    }

    [Fact]
    public async Task Unknown_query_parameters_are_ignored()
    {
        var user = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var id = (await Api.CreatePostAsync(user, tags: [tag])).Long("id");
        Assert.Equal(new[] { id }, await IdsAsync($"tag={tag}&page=3&foo=bar"));
    }
}
