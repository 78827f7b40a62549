using System.Text.RegularExpressions;

namespace Blog.ContractTests.Specs;

/// <summary>Slugs: lower-case, letters and digits kept, other runs one '-', trimmed, "post" when empty, unique by -2, -3, …</summary>
public abstract class SlugSpecs(IBlogHost host) : ContractSpec(host)
{
    private async Task<string> SlugOfNewPostAsync(TestUser user, string title, string status = "published") =>
        (await Api.CreatePostAsync(user, title: title, status: status)).Str("slug");

    [Theory]
    [InlineData("Hello, World! {0}", "hello-world-{0}")]
    [InlineData("  Leading and trailing {0}  ", "leading-and-trailing-{0}")]
    [InlineData("C# & .NET 10 {0}", "c-net-10-{0}")]
    [InlineData("a---b___c...{0}", "a-b-c-{0}")]
    [InlineData("UPPER lower MiXeD {0}", "upper-lower-mixed-{0}")]
    [InlineData("{0}!!!", "{0}")]
    [InlineData("--{0}--", "{0}")]
    [InlineData("¿Qué? {0}", "qué-{0}")]
    [InlineData("2026 plans {0}", "2026-plans-{0}")]
    public async Task A_slug_is_made_from_the_title(string title, string slug)
    {
        var user = await Api.NewUserAsync();
        var id = Unique.Id();
        Assert.Equal(slug.Replace("{0}", id, StringComparison.Ordinal), await SlugOfNewPostAsync(user, title.Replace("{0}", id, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Hello_world_becomes_hello_world()
    {
        var user = await Api.NewUserAsync();
        Assert.Matches(new Regex("^hello-world(-[0-9]+)?$"), await SlugOfNewPostAsync(user, "Hello, World!"));
    }

    [Theory]
    [InlineData("!!!")]
    [InlineData("¿¡—?")]
    [InlineData("   -   ")]
    public async Task A_title_without_letters_or_digits_becomes_post(string title)
    {
        var user = await Api.NewUserAsync();
        Assert.Matches(new Regex("^post(-[0-9]+)?$"), await SlugOfNewPostAsync(user, title));
    }

    [Fact]
    public async Task Colliding_slugs_get_2_3_and_so_on()
    {
        var user = await Api.NewUserAsync();
        var other = await Api.NewUserAsync();
        var title = "Same Title " + Unique.Id();
        var slug = title.ToLowerInvariant().Replace(' ', '-');
        Assert.Equal(slug, await SlugOfNewPostAsync(user, title));
        Assert.Equal(slug + "-2", await SlugOfNewPostAsync(user, title));
        Assert.Equal(slug + "-3", await SlugOfNewPostAsync(other, title.ToUpperInvariant()));
        Assert.Equal(slug + "-4", await SlugOfNewPostAsync(user, title + "!"));
    }

    [Fact]
    public async Task Slugs_are_unique_across_drafts_and_authors_too()
    {
        var a = await Api.NewUserAsync();
        var b = await Api.NewUserAsync();
        var title = "Draft first " + Unique.Id();
        var slug = title.ToLowerInvariant().Replace(' ', '-');
        Assert.Equal(slug, await SlugOfNewPostAsync(a, title, status: "draft"));
        Assert.Equal(slug + "-2", await SlugOfNewPostAsync(b, title));
    }

    [Fact]
    public async Task A_title_that_looks_like_a_suffixed_slug_still_gets_a_unique_one()
    {
        var user = await Api.NewUserAsync();
        var title = "Foo " + Unique.Id();
        var slug = title.ToLowerInvariant().Replace(' ', '-');
        Assert.Equal(slug, await SlugOfNewPostAsync(user, title));
        Assert.Equal(slug + "-2", await SlugOfNewPostAsync(user, title));
        var lookalike = await SlugOfNewPostAsync(user, title + " 2");
        Assert.NotEqual(slug + "-2", lookalike);
        Assert.StartsWith(slug + "-2-", lookalike, StringComparison.Ordinal);
        Assert.Equal(slug + "-3", await SlugOfNewPostAsync(user, title));
    }

    [Fact]
    public async Task A_title_change_recomputes_the_slug_and_other_changes_keep_it()
    {
        var user = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(user, title: "Before " + Unique.Id());
        var id = post.Long("id");
        var kept = await (await Api.PatchAsync($"/posts/{id}", new { content = "changed", tags = new[] { Unique.Tag() }, status = "archived" }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(post.Str("slug"), kept.Str("slug"));

        var title = "After Patch " + Unique.Id();
        var patched = await (await Api.PatchAsync($"/posts/{id}", new { title }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(title.ToLowerInvariant().Replace(' ', '-'), patched.Str("slug"));

        var putTitle = "After Put " + Unique.Id();
        var put = await (await Api.PutAsync($"/posts/{id}", new { title = putTitle, content = "c" }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(putTitle.ToLowerInvariant().Replace(' ', '-'), put.Str("slug"));
        Assert.Equal(put.Str("slug"), (await Api.GetPostAsync(id, user.AccessToken)).Str("slug"));
    }

    [Fact]
    public async Task Setting_the_same_title_again_keeps_a_suffixed_slug()
    {
        var user = await Api.NewUserAsync();
        var title = "Kept " + Unique.Id();
        var slug = title.ToLowerInvariant().Replace(' ', '-');
        await SlugOfNewPostAsync(user, title);
        var second = await Api.CreatePostAsync(user, title: title);
        Assert.Equal(slug + "-2", second.Str("slug"));
        var patched = await (await Api.PatchAsync($"/posts/{second.Long("id")}", new { title }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(slug + "-2", patched.Str("slug"));
        var put = await (await Api.PutAsync($"/posts/{second.Long("id")}", new { title, content = "c" }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(slug + "-2", put.Str("slug"));
    }

    [Fact]
    public async Task Renaming_onto_another_posts_title_gets_a_suffix()
    {
        var user = await Api.NewUserAsync();
        var title = "Taken " + Unique.Id();
        var slug = title.ToLowerInvariant().Replace(' ', '-');
        Assert.Equal(slug, await SlugOfNewPostAsync(user, title));
        var other = await Api.CreatePostAsync(user);
        var renamed = await (await Api.PatchAsync($"/posts/{other.Long("id")}", new { title }, user.AccessToken)).ExpectObjectAsync();
        Assert.Equal(slug + "-2", renamed.Str("slug"));
    }

    [Fact]
    public async Task Ten_posts_with_one_new_title_created_at_once_get_ten_distinct_slugs()
    {
        var users = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Api.NewUserAsync()));
        var title = "Simultaneous " + Unique.Id();
        var slug = title.ToLowerInvariant().Replace(' ', '-');
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(async i =>
        {
            using var api = NewApi();
            var response = await api.PostAsync("/posts", new { title, content = "c", status = "published" }, users[i % users.Length].AccessToken);
            return await response.ExpectObjectAsync(HttpStatusCode.Created);
        }));
        var slugs = responses.Select(p => p.Str("slug")).ToList();
        Assert.Equal(10, slugs.Distinct().Count());
        Assert.Contains(slug, slugs);
        Assert.All(slugs, s => Assert.Matches(new Regex("^" + Regex.Escape(slug) + "(-[0-9]+)?$"), s));
        var read = await Task.WhenAll(responses.Select(p => Api.GetPostAsync(p.Long("id"))));
        Assert.Equal(slugs, read.Select(p => p.Str("slug")));
    }
}
