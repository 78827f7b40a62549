using Microsoft.EntityFrameworkCore;

namespace Blog.ContractTests.Specs;

/// <summary>Pages of GET /posts: shape, limit, sort, keyset cursors (exactly-once walks, tampering, foreign cursors).</summary>
public abstract class ListPagingSpecs(IBlogHost host) : ContractSpec(host)
{
    /// <summary>Creates <paramref name="count"/> published posts of one new author with one new tag, all at once.</summary>
    private async Task<(TestUser Author, string Tag, string Stem, List<JsonObject> Posts)> SeedAsync(int count)
    {
        var author = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var stem = "Walk " + Unique.Id();
        var posts = await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            using var api = NewApi();

            // Five titles only: title sorts must break ties by id.
            return await api.CreatePostAsync(author, title: $"{stem} {i % 5}", tags: [tag]);
        }));
        return (author, tag, stem, posts.ToList());
    }

    private static string KeyOf(JsonObject post, string field) => field switch
    {
        "title" => post.Str("title"),
        "created_at" => post.Str("created_at"),
        "updated_at" => post.Str("updated_at"),
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>Asserts the order of a sort, ties broken by id in the sort's direction.</summary>
    private static void AssertOrdered(List<JsonObject> items, string sort)
    {
        var descending = sort.StartsWith('-');
        var field = sort.TrimStart('-');
        for (var i = 1; i < items.Count; i++)
        {
            var (prev, cur) = (items[i - 1], items[i]);
            var cmp = string.CompareOrdinal(KeyOf(prev, field), KeyOf(cur, field));
            if (cmp == 0)
            {
                cmp = prev.Long("id").CompareTo(cur.Long("id"));
            }

            Assert.True(descending ? cmp > 0 : cmp < 0,
                $"sort={sort}: item {i - 1} ({KeyOf(prev, field)}, id {prev.Long("id")}) must come {(descending ? "after" : "before")} item {i} ({KeyOf(cur, field)}, id {cur.Long("id")}) in the other direction");
        }
    }

    private static void AssertEachExactlyOnce(IEnumerable<long> expected, IReadOnlyList<JsonObject> walked)
    {
        var ids = walked.Select(p => p.Long("id")).ToList();
        var duplicates = ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"walking the pages returned ids more than once: {string.Join(", ", duplicates)}");
        var missing = expected.Except(ids).ToList();
        Assert.True(missing.Count == 0, $"walking the pages never returned ids {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task A_page_has_items_next_cursor_has_more_and_total_and_the_default_limit_is_20()
    {
        var (_, tag, _, posts) = await SeedAsync(21);
        var first = await Api.PageAsync($"/posts?tag={tag}");
        Assert.Equal(20, Api.Items(first).Count);
        Assert.True(first.Bool("has_more"));
        Assert.Equal(21, first.Long("total"));
        Assert.All(Api.Items(first), PostCreateSpecs.AssertPostShape);

        var second = await Api.PageAsync($"/posts?tag={tag}&cursor={Uri.EscapeDataString(first.Str("next_cursor"))}");
        Assert.Single(Api.Items(second));
        Assert.False(second.Bool("has_more"));
        Assert.True(second.IsNull("next_cursor"), "next_cursor is null on the last page");
        Assert.Equal(21, second.Long("total"));
        AssertEachExactlyOnce(posts.Select(p => p.Long("id")), [.. Api.Items(first), .. Api.Items(second)]);
    }

    [Fact]
    public async Task List_items_are_the_same_json_as_the_single_post()
    {
        var author = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var post = await Api.CreatePostAsync(author, tags: [tag, Unique.Tag()]);
        await Api.CreateCommentAsync(author, post.Long("id"));
        var item = Assert.Single(Api.Items(await Api.PageAsync($"/posts?tag={tag}")));
        var single = await Api.GetPostAsync(post.Long("id"));
        Assert.Equal(1, single.Long("comment_count"));
        Assert.True(JsonNode.DeepEquals(single, item), $"list item {item.ToJsonString()} differs from GET /posts/id {single.ToJsonString()}");
    }

    [Fact]
    public async Task A_last_page_that_is_exactly_full_says_there_is_no_more()
    {
        var (_, tag, _, _) = await SeedAsync(6);
        var first = await Api.PageAsync($"/posts?tag={tag}&limit=3");
        Assert.Equal(3, Api.Items(first).Count);
        Assert.True(first.Bool("has_more"));
        var second = await Api.PageAsync($"/posts?tag={tag}&limit=3&cursor={Uri.EscapeDataString(first.Str("next_cursor"))}");
        Assert.Equal(3, Api.Items(second).Count);
        Assert.False(second.Bool("has_more"));
        Assert.True(second.IsNull("next_cursor"));
    }

    [Fact]
    public async Task An_empty_result_is_an_empty_last_page()
    {
        var page = await Api.PageAsync($"/posts?tag={Unique.Tag()}");
        Assert.Empty(Api.Items(page));
        Assert.False(page.Bool("has_more"));
        Assert.True(page.IsNull("next_cursor"));
        Assert.Equal(0, page.Long("total"));
    }

    [Theory]
    [InlineData("1")]
    [InlineData("100")]
    [InlineData("37")]
    public async Task A_limit_from_1_to_100_is_accepted(string limit)
    {
        var (_, tag, _, _) = await SeedAsync(3);
        var page = await Api.PageAsync($"/posts?tag={tag}&limit={limit}");
        Assert.Equal(Math.Min(3, int.Parse(limit, System.Globalization.CultureInfo.InvariantCulture)), Api.Items(page).Count);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("-1")]
    [InlineData("abc")]
    [InlineData("1.5")]
    [InlineData("1e2")]
    [InlineData("99999999999999999999")]
    public async Task A_limit_outside_1_to_100_is_400(string limit)
    {
        await (await Api.GetAsync($"/posts?limit={Uri.EscapeDataString(limit)}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("-")]
    [InlineData("id")]
    [InlineData("--title")]
    [InlineData("+title")]
    [InlineData("title,-created_at")]
    [InlineData("comment_count")]
    public async Task An_unknown_sort_is_400(string sort)
    {
        await (await Api.GetAsync($"/posts?sort={Uri.EscapeDataString(sort)}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_default_sort_is_newest_first()
    {
        var author = await Api.NewUserAsync();
        var tag = Unique.Tag();
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await Api.CreatePostAsync(author, tags: [tag])).Long("id"));
        }

        var page = await Api.PageAsync($"/posts?tag={tag}");
        Assert.Equal(Enumerable.Reverse(ids), Api.Ids(page));
        AssertOrdered(Api.Items(page), "-created_at");
        Assert.Equal(Api.Ids(page), Api.Ids(await Api.PageAsync($"/posts?tag={tag}&sort=-created_at")));
    }

    [Theory]
    [InlineData("created_at")]
    [InlineData("-created_at")]
    [InlineData("title")]
    [InlineData("-title")]
    [InlineData("updated_at")]
    [InlineData("-updated_at")]
    public async Task Walking_every_page_returns_each_post_exactly_once_in_order(string sort)
    {
        var (author, tag, _, posts) = await SeedAsync(25);

        // Touch some posts at once so that the updated_at order differs from the created_at order. Timestamps have
        // microsecond precision, so these rows practically never share an instant: true ties are pinned by
        // Walking_posts_that_all_share_one_timestamp_orders_them_by_id below.
        await Task.WhenAll(posts.Where((_, i) => i % 3 == 0).Select(async p =>
        {
            using var api = NewApi();
            await (await api.PatchAsync($"/posts/{p.Long("id")}", new { content = "touched" }, author.AccessToken)).ExpectObjectAsync();
        }));

        var walked = await Api.WalkAsync("/posts", $"tag={tag}&sort={sort}&limit=3");
        Assert.Equal(25, walked.Count);
        AssertEachExactlyOnce(posts.Select(p => p.Long("id")), walked);
        AssertOrdered(walked, sort);

        var all = Api.Items(await Api.PageAsync($"/posts?tag={tag}&sort={sort}&limit=100"));
        Assert.Equal(all.Select(p => p.Long("id")), walked.Select(p => p.Long("id")));
    }

    [Theory]
    [InlineData("created_at")]
    [InlineData("-created_at")]
    [InlineData("updated_at")]
    [InlineData("-updated_at")]
    public async Task Walking_posts_that_all_share_one_timestamp_orders_them_by_id(string sort)
    {
        RequireInProcess("Giving many posts one identical timestamp");
        var (author, _, _, posts) = await SeedAsync(12);

        // Requests cannot make rows share an instant reliably (microsecond precision): set it in the host's database.
        var instant = new DateTime(2025, 6, 15, 9, 30, 45, DateTimeKind.Utc).AddTicks(1_234_560);
        var authorId = checked((int)author.Id);
        var updated = await WithDatabaseAsync("Giving many posts one identical timestamp", db => db.Posts
            .Where(p => p.AuthorId == authorId)
            .ExecuteUpdateAsync(set => set.SetProperty(p => p.CreatedAt, instant).SetProperty(p => p.UpdatedAt, instant)));
        Assert.Equal(12, updated);

        var walked = await Api.WalkAsync("/posts", $"author_id={author.Id}&sort={sort}&limit=3");
        Assert.Equal(12, walked.Count);
        AssertEachExactlyOnce(posts.Select(p => p.Long("id")), walked);
        Assert.All(walked, p =>
        {
            Assert.Equal("2025-06-15T09:30:45.123456Z", p.Str("created_at"));
            Assert.Equal("2025-06-15T09:30:45.123456Z", p.Str("updated_at"));
        });

        // Every key is equal, so the order is the tie-breaker alone: id, in the sort's direction.
        var ids = walked.Select(p => p.Long("id")).ToList();
        var expected = sort.StartsWith('-') ? ids.OrderDescending().ToList() : ids.Order().ToList();
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task Total_is_the_same_on_every_page()
    {
        var (_, tag, _, _) = await SeedAsync(7);
        string? cursor = null;
        do
        {
            var page = await Api.PageAsync($"/posts?tag={tag}&limit=2" + (cursor is null ? "" : $"&cursor={Uri.EscapeDataString(cursor)}"));
            Assert.Equal(7, page.Long("total"));
            cursor = page.IsNull("next_cursor") ? null : page.Str("next_cursor");
        }
        while (cursor is not null);
    }

    [Theory]
    [InlineData("-created_at")]
    [InlineData("created_at")]
    [InlineData("title")]
    [InlineData("-updated_at")]
    public async Task Posts_inserted_while_walking_cause_no_duplicates_and_no_gaps(string sort)
    {
        var (author, tag, stem, posts) = await SeedAsync(12);
        var inserted = 0;
        var walked = await Api.WalkAsync("/posts", $"tag={tag}&sort={sort}&limit=3", betweenPages: async () =>
        {
            // New rows land before, inside and after the pages already read, depending on the sort.
            await Api.CreatePostAsync(author, title: $"{stem} {inserted % 5}", tags: [tag]);
            inserted++;
        });
        Assert.True(inserted >= 3, "the walk inserted while paging");
        AssertEachExactlyOnce(posts.Select(p => p.Long("id")), walked);
        AssertOrdered(walked, sort);
    }

    [Fact]
    public async Task A_changed_limit_may_continue_a_walk()
    {
        var (_, tag, _, posts) = await SeedAsync(8);
        var first = await Api.PageAsync($"/posts?tag={tag}&limit=3&sort=title");
        var rest = await Api.PageAsync($"/posts?tag={tag}&limit=10&sort=title&cursor={Uri.EscapeDataString(first.Str("next_cursor"))}");
        Assert.Equal(5, Api.Items(rest).Count);
        AssertEachExactlyOnce(posts.Select(p => p.Long("id")), [.. Api.Items(first), .. Api.Items(rest)]);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("not a cursor!")]
    [InlineData("a.b")]
    [InlineData("....")]
    [InlineData("eyJLZXkiOiIxIiwiSWQiOjF9")]
    [InlineData("%00")]
    public async Task A_garbage_cursor_is_400(string cursor)
    {
        await (await Api.GetAsync($"/posts?cursor={Uri.EscapeDataString(cursor)}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_tampered_cursor_is_400()
    {
        var (_, tag, _, _) = await SeedAsync(4);
        var cursor = (await Api.PageAsync($"/posts?tag={tag}&limit=2")).Str("next_cursor");
        var tampered = new List<string>();
        foreach (var position in new[] { 1, cursor.Length / 3, cursor.Length / 2, cursor.Length - 3 })
        {
            // The nearest letter or digit, never the last character (whose low bits may be base64 padding).
            var index = Enumerable.Range(0, cursor.Length - 1).Where(i => char.IsLetterOrDigit(cursor[i])).MinBy(i => Math.Abs(i - position));
            var chars = cursor.ToCharArray();
            chars[index] = chars[index] == 'A' ? 'B' : 'A';
            tampered.Add(new string(chars));
        }

        tampered.Add(cursor + "A");
        tampered.Add(cursor[..^2]);
        foreach (var bad in tampered.Distinct().Where(t => t != cursor))
        {
            await (await Api.GetAsync($"/posts?tag={tag}&limit=2&cursor={Uri.EscapeDataString(bad)}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task A_cursor_made_under_one_sort_is_400_under_another()
    {
        var (_, tag, _, _) = await SeedAsync(4);
        var cursor = Uri.EscapeDataString((await Api.PageAsync($"/posts?tag={tag}&limit=2&sort=title")).Str("next_cursor"));
        await Api.PageAsync($"/posts?tag={tag}&limit=2&sort=title&cursor={cursor}");
        foreach (var sort in new[] { "-created_at", "-title", "created_at", "updated_at" })
        {
            await (await Api.GetAsync($"/posts?tag={tag}&limit=2&sort={sort}&cursor={cursor}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        }

        await (await Api.GetAsync($"/posts?tag={tag}&limit=2&cursor={cursor}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_cursor_made_under_one_filter_set_is_400_under_another()
    {
        var (author, tag, stem, _) = await SeedAsync(4);
        var cursor = Uri.EscapeDataString((await Api.PageAsync($"/posts?tag={tag}&limit=2")).Str("next_cursor"));
        foreach (var query in new[]
        {
            $"tag={Unique.Tag()}", "", $"tag={tag}&author_id={author.Id}", $"tag={tag}&search={Uri.EscapeDataString(stem)}",
            $"author_id={author.Id}", $"tag={tag}&status=draft",
        })
        {
            await (await Api.GetAsync($"/posts?{query}&limit=2&cursor={cursor}", author.AccessToken)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        }
    }

    [Fact]
    public async Task A_post_cursor_is_400_on_a_comment_list_and_a_comment_cursor_on_another_post()
    {
        var (author, tag, _, posts) = await SeedAsync(3);
        var postCursor = Uri.EscapeDataString((await Api.PageAsync($"/posts?tag={tag}&limit=1")).Str("next_cursor"));
        var (first, second) = (posts[0].Long("id"), posts[1].Long("id"));
        await (await Api.GetAsync($"/posts/{first}/comments?cursor={postCursor}")).ExpectProblemAsync(HttpStatusCode.BadRequest);

        for (var i = 0; i < 3; i++)
        {
            await Api.CreateCommentAsync(author, first);
        }

        var commentCursor = Uri.EscapeDataString((await Api.PageAsync($"/posts/{first}/comments?limit=1")).Str("next_cursor"));
        await Api.PageAsync($"/posts/{first}/comments?limit=1&cursor={commentCursor}");
        await (await Api.GetAsync($"/posts/{second}/comments?limit=1&cursor={commentCursor}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await Api.GetAsync($"/posts?tag={tag}&limit=1&cursor={commentCursor}")).ExpectProblemAsync(HttpStatusCode.BadRequest);
    }
}
