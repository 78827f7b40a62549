using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Blog.Mvc.AdminTests.Support.AdminClient;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class PostAdminOnSqlite(AdminHost host) : PostAdminTests(host), IClassFixture<AdminHost>;

public sealed class PostAdminOnPostgres(PostgresAdminHost host) : PostAdminTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>The post registration through the generic change list and change form.</summary>
public abstract class PostAdminTests(AdminHost host)
{
    [Fact]
    public async Task Filters_show_the_count_each_choice_would_list()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var alice = await host.CreateUserAsync();
        var bob = await host.CreateUserAsync();
        await host.CreatePostAsync(alice, $"{word} one", PostStatus.Published);
        await host.CreatePostAsync(alice, $"{word} two", PostStatus.Published);
        await host.CreatePostAsync(bob, $"{word} three", PostStatus.Draft);

        var all = await client.GetHtmlAsync($"/admin/posts?q={word}");
        Assert.Contains("Published <span class=\"count\">(2)</span>", all);
        Assert.Contains("Draft <span class=\"count\">(1)</span>", all);
        Assert.Contains("Archived <span class=\"count\">(0)</span>", all);
        Assert.Contains($"{alice.Username} <span class=\"count\">(2)</span>", all);
        Assert.Contains($"{bob.Username} <span class=\"count\">(1)</span>", all);

        var published = await client.GetHtmlAsync($"/admin/posts?q={word}&status=published");
        Assert.Contains($"{word} one", published);
        Assert.Contains($"{word} two", published);
        Assert.DoesNotContain($"{word} three", published);
        // Facets count under the other filters: with status=published, bob has no posts to show.
        Assert.DoesNotContain($"{bob.Username} <span class=\"count\">", published);

        var bobs = await client.GetHtmlAsync($"/admin/posts?q={word}&author={bob.Id}");
        Assert.Contains($"{word} three", bobs);
        Assert.DoesNotContain($"{word} one", bobs);
        Assert.Contains("Published <span class=\"count\">(0)</span>", bobs);
    }

    [Fact]
    public async Task Date_hierarchy_drills_down_from_year_to_month_to_day()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        await host.CreatePostAsync(author, $"{word} march", createdAt: new DateTime(2021, 3, 5, 10, 0, 0, DateTimeKind.Utc));
        await host.CreatePostAsync(author, $"{word} march too", createdAt: new DateTime(2021, 3, 28, 23, 59, 0, DateTimeKind.Utc));
        await host.CreatePostAsync(author, $"{word} july", createdAt: new DateTime(2021, 7, 1, 0, 0, 0, DateTimeKind.Utc));
        await host.CreatePostAsync(author, $"{word} later", createdAt: new DateTime(2022, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        var years = await client.GetHtmlAsync($"/admin/posts?q={word}");
        Assert.Contains("2021 <span class=\"count\">(3)</span>", years);
        Assert.Contains("2022 <span class=\"count\">(1)</span>", years);

        var months = await client.GetHtmlAsync($"/admin/posts?q={word}&year=2021");
        Assert.Contains("March 2021 <span class=\"count\">(2)</span>", months);
        Assert.Contains("July 2021 <span class=\"count\">(1)</span>", months);
        Assert.DoesNotContain($"{word} later", months);

        var march = await client.GetHtmlAsync($"/admin/posts?q={word}&year=2021&month=3");
        Assert.Contains($"{word} march too", march);
        Assert.DoesNotContain($"{word} july", march);
        Assert.Contains("2 posts", march);
        Assert.Contains("March 28 <span class=\"count\">(1)</span>", march);

        var day = await client.GetHtmlAsync($"/admin/posts?q={word}&year=2021&month=3&day=28");
        Assert.Contains($"{word} march too", day);
        Assert.DoesNotContain($"{word} march<", day);
        Assert.Contains("1 post", day);
    }

    [Fact]
    public async Task Search_needs_every_word_in_some_field_case_insensitively_and_literally()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync(Unique.Name(word));
        var other = await host.CreateUserAsync();
        await host.CreatePostAsync(other, $"In the title {word.ToUpperInvariant()}");
        await host.CreatePostAsync(other, "In the content", content: $"... {word} ...");
        await host.CreatePostAsync(author, "By the author");
        await host.CreatePostAsync(other, "Unrelated");
        var percent = await host.CreatePostAsync(other, $"{word} 100% sure");

        var html = await client.GetHtmlAsync($"/admin/posts?q={word}");
        Assert.Contains($"In the title {word.ToUpperInvariant()}", html);
        Assert.Contains("In the content", html);
        Assert.Contains("By the author", html);
        Assert.DoesNotContain("Unrelated", html);
        Assert.Contains("4 results", html);

        var literal = await client.GetHtmlAsync($"/admin/posts?q={Uri.EscapeDataString(word + " 100%")}");
        Assert.Contains("1 result", literal);
        Assert.Contains(percent.Title, literal);
        // Two words: both must be found, here one in the title and one in the author's name.
        var twoFields = await client.GetHtmlAsync($"/admin/posts?q={Uri.EscapeDataString("author " + word)}");
        Assert.Contains("By the author", twoFields);
        Assert.Contains("1 result", twoFields);
    }

    [Fact]
    public async Task Columns_sort_both_ways_and_pages_hold_twenty_rows()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        for (var i = 0; i < 23; i++)
            await host.CreatePostAsync(author, $"{word} {i:D2}", comments: i == 5 ? 3 : 0);

        var ascending = await client.GetHtmlAsync($"/admin/posts?q={word}&o=title");
        Assert.True(ascending.IndexOf($"{word} 00", StringComparison.Ordinal) is >= 0 and var at00
            && at00 < ascending.IndexOf($"{word} 01", StringComparison.Ordinal), $"by title, '{word} 00' comes first");
        Assert.DoesNotContain($"{word} 22", ascending);
        Assert.Contains("23 posts", ascending);
        Assert.Contains("o=-title", ascending);

        var second = await client.GetHtmlAsync($"/admin/posts?q={word}&o=title&p=2");
        Assert.Contains($"{word} 22", second);
        Assert.DoesNotContain($"{word} 19", second);

        var descending = await client.GetHtmlAsync($"/admin/posts?q={word}&o=-title");
        Assert.True(descending.IndexOf($"{word} 22", StringComparison.Ordinal) is >= 0 and var at22
            && at22 < descending.IndexOf($"{word} 21", StringComparison.Ordinal), $"by -title, '{word} 22' comes first");

        var byComments = await client.GetHtmlAsync($"/admin/posts?q={word}&o=-comments");
        var firstRow = byComments.IndexOf("/change\"><span>", StringComparison.Ordinal);
        Assert.StartsWith($"{word} 05", byComments[(firstRow + "/change\"><span>".Length)..]);
    }

    [Fact]
    public async Task A_change_list_page_costs_a_fixed_number_of_sql_statements()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var counter = host.Statements;
        async Task<int> StatementsFor(string url)
        {
            await client.GetHtmlAsync(url);
            counter.Reset();
            await client.GetHtmlAsync(url);
            return counter.Count;
        }

        await host.CreatePostAsync(await host.CreateUserAsync(), $"{word} a", comments: 1, tags: ["x"]);
        var withOne = await StatementsFor($"/admin/posts?q={word}");
        for (var i = 0; i < 15; i++)
            await host.CreatePostAsync(await host.CreateUserAsync(), $"{word} {i}", comments: 2, tags: ["y"]);
        var withSixteen = await StatementsFor($"/admin/posts?q={word}");

        Assert.True(withOne > 0, "the counter counts the host's statements");
        Assert.Equal(withOne, withSixteen);
    }

    [Fact]
    public async Task Invalid_fields_come_back_with_their_errors_and_the_typed_values()
    {
        var client = await host.LoggedInClientAsync();
        var content = Unique.Word();

        var response = await client.SubmitAsync("/admin/posts/add",
            Field("title", "   "), Field("content", content), Field("status", "draft"), Field("tags", "ok, not valid!"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Please correct the errors below.", html);
        // A field of whitespace only counts as empty, as in a Django form.
        Assert.Contains("This field is required.", html);
        Assert.Contains("Each tag must be 1 to 30 characters", html);
        Assert.Contains(content, html);
        Assert.Contains("value=\"ok, not valid!\"", html);
        Assert.Contains("form-row field-title errors", html);
        Assert.False(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Content == content, Ct)));

        var empty = await client.SubmitAsync("/admin/posts/add", Field("title", ""), Field("content", ""), Field("status", "nope"));
        var emptyHtml = await empty.Content.ReadAsStringAsync(Ct);
        Assert.Equal(2, CountOf(emptyHtml, "This field is required."));
        Assert.Contains("Must be one of: draft, published, archived.", emptyHtml);
    }

    [Fact]
    public async Task Add_saves_the_post_with_its_slug_tags_and_the_staff_user_as_author_and_logs_it()
    {
        var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        var title = $"Hello {word.ToUpperInvariant()}, world!";

        var form = await client.GetHtmlAsync("/admin/posts/add");
        Assert.Contains("data-prepopulated-from=\"id_title\"", form);
        Assert.Contains("Save and add another", form);
        var response = await client.PostAsync("/admin/posts/add", Field("title", title), Field("content", "Body"), Field("status", "published"),
            Field("tags", "Dotnet, ef-core, DOTNET"), ("save", "continue"), ("__RequestVerificationToken", Token(form)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var post = await host.QueryAsync(db => db.Posts.Include(p => p.Tags).Include(p => p.Author).SingleAsync(p => p.Title == title, Ct));
        Assert.Equal($"/admin/posts/{post.Id}/change", response.Headers.Location!.OriginalString);
        Assert.Contains("was added successfully", await client.FollowAsync(response));
        Assert.Equal($"hello-{word}-world", post.Slug);
        Assert.Equal(PostStatus.Published, post.Status);
        Assert.Equal(["dotnet", "ef-core"], post.Tags.Select(t => t.Name).Order());
        Assert.True(post.Author.IsStaff);
        var entry = await host.QueryAsync(db => db.AdminLog.SingleAsync(e => e.Model == "posts" && e.ObjectId == post.Id.ToString(), Ct));
        Assert.Equal((Blog.Data.AdminLog.LogAction.Addition, post.AuthorId, title), (entry.Action, entry.UserId, entry.ObjectRepr));

        var another = await client.SubmitAsync("/admin/posts/add", Field("title", title), Field("content", "Body"), Field("status", "draft"), ("save", "another"));
        Assert.Equal("/admin/posts/add", another.Headers.Location!.OriginalString);
        Assert.True(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Slug == $"hello-{word}-world-2", Ct)));
    }

    [Fact]
    public async Task Change_recomputes_the_slug_deletes_ticked_inline_comments_and_logs_what_changed()
    {
        var client = await host.LoggedInClientAsync();
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, Unique.Word(), comments: 3, tags: ["old"]);
        var comments = await host.QueryAsync(db => db.Comments.Where(c => c.PostId == post.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(Ct));
        var url = $"/admin/posts/{post.Id}/change";
        var page = await client.GetHtmlAsync(url);
        Assert.Contains("Comments (3)", page);
        Assert.Contains("value=\"old\"", page);
        Assert.Contains($"href=\"/posts/{post.Slug}\"", page);
        Assert.Contains($"/admin/posts/{post.Id}/history", page);

        var invalid = await client.PostAsync(url, Field("title", ""), Field("content", "new content"), Field("status", "draft"),
            ("comments-DELETE", comments[0].ToString()), ("__RequestVerificationToken", Token(page)));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var invalidHtml = await invalid.Content.ReadAsStringAsync(Ct);
        Assert.Contains("This field is required.", invalidHtml);
        Assert.Contains($"value=\"{comments[0]}\" checked=\"checked\"", invalidHtml);
        Assert.Equal(3, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));

        var newTitle = Unique.Word();
        var saved = await client.PostAsync(url, Field("title", newTitle), Field("content", "new content"), Field("status", "archived"), Field("tags", ""),
            ("comments-DELETE", comments[0].ToString()), ("comments-DELETE", comments[2].ToString()), ("__RequestVerificationToken", Token(page)));

        Assert.Equal("/admin/posts", saved.Headers.Location!.OriginalString);
        var after = await host.QueryAsync(db => db.Posts.Include(p => p.Tags).Include(p => p.Comments).SingleAsync(p => p.Id == post.Id, Ct));
        Assert.Equal(newTitle, after.Slug);
        Assert.Equal(PostStatus.Archived, after.Status);
        Assert.Empty(after.Tags);
        Assert.Equal([comments[1]], after.Comments.Select(c => c.Id));
        var message = await host.QueryAsync(db => db.AdminLog.Where(e => e.Model == "posts" && e.ObjectId == post.Id.ToString()).Select(e => e.ChangeMessage).SingleAsync(Ct));
        Assert.Equal("Changed Title, Content, Status and Tags. Deleted comment “comment 1”. Deleted comment “comment 3”.", message);
    }

    [Fact]
    public async Task A_ticked_comment_someone_else_deleted_meanwhile_counts_as_deleted_and_the_rest_is_saved()
    {
        var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), comments: 3);
        var comments = await host.QueryAsync(db => db.Comments.Where(c => c.PostId == post.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(Ct));
        var url = $"/admin/posts/{post.Id}/change";
        var page = await client.GetHtmlAsync(url);
        await host.QueryAsync(db => db.Comments.Where(c => c.Id == comments[0]).ExecuteDeleteAsync(Ct));

        var newTitle = Unique.Word();
        var saved = await client.PostAsync(url, Field("title", newTitle), Field("content", "Some content."), Field("status", "draft"),
            ("comments-DELETE", comments[0].ToString()), ("comments-DELETE", comments[1].ToString()), ("__RequestVerificationToken", Token(page)));

        Assert.Contains("was changed successfully", await client.FollowAsync(saved));
        var after = await host.QueryAsync(db => db.Posts.Include(p => p.Comments).SingleAsync(p => p.Id == post.Id, Ct));
        Assert.Equal(newTitle, after.Title);
        Assert.Equal([comments[2]], after.Comments.Select(c => c.Id));
        var message = await host.QueryAsync(db => db.AdminLog.Where(e => e.Model == "posts" && e.ObjectId == post.Id.ToString()).Select(e => e.ChangeMessage).SingleAsync(Ct));
        Assert.Equal("Changed Title. Deleted comment “comment 2”.", message);
    }

    [Fact]
    public async Task The_delete_page_lists_what_goes_with_the_post_and_deleting_logs_it()
    {
        var client = await host.LoggedInClientAsync();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word(), comments: 3, tags: ["a", "b"]);

        var page = await client.GetHtmlAsync($"/admin/posts/{post.Id}/delete");
        Assert.Contains("Comments: 3", page);
        Assert.Contains("Post tags: 2", page);
        Assert.Contains("comment 2", page);

        var response = await client.SubmitAsync($"/admin/posts/{post.Id}/delete");

        Assert.Contains($"The post “{post.Title}” was deleted successfully.", await client.FollowAsync(response));
        Assert.False(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Id == post.Id, Ct)));
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.Http.GetAsync($"/admin/posts/{post.Id}/change", Ct)).StatusCode);
        Assert.True(await host.QueryAsync(db => db.AdminLog.AnyAsync(
            e => e.Model == "posts" && e.ObjectId == post.Id.ToString() && e.Action == Blog.Data.AdminLog.LogAction.Deletion, Ct)));
    }

    [Theory]
    [InlineData("publish", PostStatus.Published)]
    [InlineData("archive", PostStatus.Archived)]
    public async Task A_status_action_asks_for_confirmation_then_changes_only_the_selected_posts(string action, PostStatus expected)
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        var first = await host.CreatePostAsync(author, $"{word} first");
        var second = await host.CreatePostAsync(author, $"{word} second");
        var untouched = await host.CreatePostAsync(author, $"{word} untouched");
        var list = $"/admin/posts?q={word}";

        var confirm = await client.PostFormAsync(list, "/admin/posts",
            ("action", action), ("selected", first.Id.ToString()), ("selected", second.Id.ToString()), ("returnQuery", $"?q={word}"));
        var page = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Are you sure?", page);
        Assert.Contains($"{word} first", page);
        Assert.DoesNotContain($"{word} untouched", page);
        Assert.Equal(PostStatus.Draft, await StatusAsync(first.Id));

        var done = await client.PostAsync("/admin/posts", ("action", action), ("selected", first.Id.ToString()), ("selected", second.Id.ToString()),
            ("confirmed", "true"), ("returnQuery", $"?q={word}"), ("__RequestVerificationToken", Token(page)));

        Assert.Equal(list, done.Headers.Location!.OriginalString);
        Assert.Contains($"Successfully {action}", await client.FollowAsync(done));
        Assert.Equal((expected, expected, PostStatus.Draft), (await StatusAsync(first.Id), await StatusAsync(second.Id), await StatusAsync(untouched.Id)));
        Assert.Equal(2, await host.QueryAsync(db => db.AdminLog.CountAsync(e => e.Model == "posts" && e.ChangeMessage.Contains("by the action") &&
            (e.ObjectId == first.Id.ToString() || e.ObjectId == second.Id.ToString()), Ct)));
    }

    [Fact]
    public async Task Select_all_acts_on_every_row_the_filtered_list_matches_across_its_pages()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        for (var i = 0; i < 25; i++) await host.CreatePostAsync(author, $"{word} {i:D2}");
        var outside = await host.CreatePostAsync(author, Unique.Word());
        var list = await client.GetHtmlAsync($"/admin/posts?q={word}");
        Assert.Contains("Select all 25 posts", list);

        var confirm = await client.PostAsync("/admin/posts", ("action", "publish"), ("select_across", "true"), ("selected", "1"),
            ("returnQuery", $"?q={word}"), ("__RequestVerificationToken", Token(list)));
        var page = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Contains("on 25 posts", page);
        var done = await client.PostAsync("/admin/posts", ("action", "publish"), ("select_across", "true"), ("confirmed", "true"),
            ("returnQuery", $"?q={word}"), ("__RequestVerificationToken", Token(page)));

        Assert.Contains("Successfully published 25 posts.", await client.FollowAsync(done));
        Assert.Equal(25, await host.QueryAsync(db => db.Posts.CountAsync(p => p.Title.StartsWith(word) && p.Status == PostStatus.Published, Ct)));
        Assert.Equal(PostStatus.Draft, await StatusAsync(outside.Id));
    }

    [Fact]
    public async Task The_delete_action_lists_what_goes_and_removes_the_posts_with_their_comments()
    {
        var (client, word) = (await host.LoggedInClientAsync(), Unique.Word());
        var author = await host.CreateUserAsync();
        var doomed = await host.CreatePostAsync(author, $"{word} doomed", comments: 2);
        var kept = await host.CreatePostAsync(author, $"{word} kept", comments: 1);

        var confirm = await client.PostFormAsync($"/admin/posts?q={word}", "/admin/posts", ("action", "delete_selected"), ("selected", doomed.Id.ToString()));
        var page = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Comments: 2", page);
        Assert.True(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Id == doomed.Id, Ct)));

        var done = await client.PostAsync("/admin/posts", ("action", "delete_selected"), ("selected", doomed.Id.ToString()),
            ("confirmed", "true"), ("__RequestVerificationToken", Token(page)));

        Assert.Contains("Successfully deleted 1 post.", await client.FollowAsync(done));
        Assert.False(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Id == doomed.Id, Ct)));
        Assert.Equal(0, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == doomed.Id, Ct)));
        Assert.Equal(1, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == kept.Id, Ct)));
    }

    [Fact]
    public async Task An_action_without_a_selection_changes_nothing_and_says_so()
    {
        var client = await host.LoggedInClientAsync();

        var response = await client.PostFormAsync("/admin/posts", "/admin/posts", ("action", "delete_selected"));

        Assert.Contains("Items must be selected", await client.FollowAsync(response));
    }

    private Task<PostStatus> StatusAsync(int id) =>
        host.QueryAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Status).SingleAsync(Ct));

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
