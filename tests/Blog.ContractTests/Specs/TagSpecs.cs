namespace Blog.ContractTests.Specs;

/// <summary>GET /tags: [{name, post_count}] over published posts, most used first, then by name.</summary>
public abstract class TagSpecs(IBlogHost host) : ContractSpec(host)
{
    private async Task<JsonArray> TagsAsync(string? token = null)
    {
        var tags = await (await Api.GetAsync("/tags", token)).ExpectArrayAsync();
        foreach (var tag in tags)
        {
            HttpJson.AssertKeys(tag, "name", "post_count");
            tag.Str("name");
            Assert.True(tag.Long("post_count") > 0, $"a listed tag has published posts: {tag!.ToJsonString()}");
        }

        return tags;
    }

    private static Dictionary<string, (int Index, long Count)> Positions(JsonArray tags) =>
        tags.Select((t, i) => (t!.Str("name"), i, t.Long("post_count"))).ToDictionary(x => x.Item1, x => (x.i, x.Item3));

    [Fact]
    public async Task Tags_are_counted_over_published_posts_most_used_first_then_by_name()
    {
        var author = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var prefix = Unique.Tag();
        var (three, twoA, twoB, one, draftOnly, archivedOnly) = (prefix + "-e", prefix + "-b", prefix + "-c", prefix + "-a", prefix + "-d", prefix + "-f");
        await Api.CreatePostAsync(author, tags: [three, twoB, one]);
        await Api.CreatePostAsync(other, tags: [three, twoA, twoB]);
        await Api.CreatePostAsync(author, tags: [three, twoA]);
        await Api.CreatePostAsync(author, status: "draft", tags: [three, twoA, one, draftOnly]);
        await Api.CreatePostAsync(author, status: "archived", tags: [three, archivedOnly, one]);

        var positions = Positions(await TagsAsync());
        Assert.Equal(3, positions[three].Count);
        Assert.Equal(2, positions[twoA].Count);
        Assert.Equal(2, positions[twoB].Count);
        Assert.Equal(1, positions[one].Count);
        Assert.False(positions.ContainsKey(draftOnly), "a tag used only on drafts is not listed");
        Assert.False(positions.ContainsKey(archivedOnly), "a tag used only on archived posts is not listed");
        Assert.True(positions[three].Index < positions[twoA].Index, "more posts first");
        Assert.True(positions[twoA].Index < positions[twoB].Index, "equal counts by name");
        Assert.True(positions[twoB].Index < positions[one].Index, "more posts first");
    }

    [Fact]
    public async Task The_whole_list_is_ordered_by_count_descending_then_by_name_and_names_are_unique()
    {
        var author = await Api.NewUserAsync();
        await Api.CreatePostAsync(author, tags: [Unique.Tag(), Unique.Tag()]);
        var tags = (await TagsAsync()).Select(t => (Name: t!.Str("name"), Count: t.Long("post_count"))).ToList();
        for (var i = 1; i < tags.Count; i++)
        {
            var (prev, cur) = (tags[i - 1], tags[i]);
            Assert.True(prev.Count > cur.Count || (prev.Count == cur.Count && string.CompareOrdinal(prev.Name, cur.Name) < 0),
                $"'{prev.Name}' ({prev.Count}) is listed before '{cur.Name}' ({cur.Count}): the order is post_count descending, then name (ordinal)");
        }

        Assert.Equal(tags.Count, tags.Select(t => t.Name).Distinct().Count());
    }

    [Fact]
    public async Task Counts_follow_publishing_unpublishing_retagging_and_deleting()
    {
        var author = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var replacement = Unique.Tag();
        var first = (await Api.CreatePostAsync(author, tags: [tag])).Long("id");
        var second = (await Api.CreatePostAsync(author, status: "draft", tags: [tag])).Long("id");
        Assert.Equal(1, Positions(await TagsAsync())[tag].Count);

        await (await Api.PatchAsync($"/posts/{second}", new { status = "published" }, author.AccessToken)).ExpectObjectAsync();
        Assert.Equal(2, Positions(await TagsAsync())[tag].Count);

        await (await Api.PatchAsync($"/posts/{second}", new { tags = new[] { replacement } }, author.AccessToken)).ExpectObjectAsync();
        var afterRetag = Positions(await TagsAsync());
        Assert.Equal(1, afterRetag[tag].Count);
        Assert.Equal(1, afterRetag[replacement].Count);

        await (await Api.PatchAsync($"/posts/{second}", new { status = "archived" }, author.AccessToken)).ExpectObjectAsync();
        Assert.False(Positions(await TagsAsync()).ContainsKey(replacement));

        await (await Api.DeleteAsync($"/posts/{first}", author.AccessToken)).ExpectStatusAsync(HttpStatusCode.NoContent);
        Assert.False(Positions(await TagsAsync()).ContainsKey(tag));
    }

    [Fact]
    public async Task Tag_names_are_listed_lower_case()
    {
        var author = await Api.NewUserAsync();
        var tag = Unique.Tag();
        await Api.CreatePostAsync(author, tags: [tag.ToUpperInvariant()]);
        await Api.CreatePostAsync(author, tags: [tag]);
        var positions = Positions(await TagsAsync());
        Assert.Equal(2, positions[tag].Count);
        Assert.False(positions.ContainsKey(tag.ToUpperInvariant()));
    }

    [Fact]
    public async Task Tags_are_the_same_for_everyone()
    {
        var author = await Api.NewUserAsync();
        var tag = Unique.Tag();
        await Api.CreatePostAsync(author, status: "draft", tags: [tag]);
        Assert.False(Positions(await TagsAsync(author.AccessToken)).ContainsKey(tag), "even the author's own drafts are not counted");
        Assert.False(Positions(await TagsAsync()).ContainsKey(tag));
    }
}
