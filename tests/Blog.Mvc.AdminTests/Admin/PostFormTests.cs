using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class PostFormTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task Invalid_fields_are_re_rendered_with_inline_errors_and_the_typed_values()
    {
        var client = await host.LoggedInClientAsync();
        var content = Unique.Word();

        var response = await client.PostFormAsync("/admin/posts/add", "/admin/posts/add",
            ("Title", "   "), ("Content", content), ("Status", "draft"), ("Tags", "ok, not valid!"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Please correct the errors below.", html);
        // As in a Django form, a whitespace-only field counts as empty.
        Assert.Contains("This field is required.", html);
        Assert.Contains("Each tag must be 1 to 30 characters", html);
        Assert.Contains(content, html);
        Assert.Contains("value=\"ok, not valid!\"", html);
        Assert.False(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Content == content, Ct)));

        var empty = await client.PostFormAsync("/admin/posts/add", "/admin/posts/add", ("Title", ""), ("Content", ""), ("Status", "nope"));
        var emptyHtml = await empty.Content.ReadAsStringAsync(Ct);
        Assert.Equal(2, CountOf(emptyHtml, "This field is required."));
        Assert.Contains("Must be one of: draft, published, archived.", emptyHtml);
    }

    [Fact]
    public async Task A_valid_post_is_saved_with_its_slug_normalised_tags_and_the_staff_user_as_author()
    {
        var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        var title = $"Hello {word.ToUpperInvariant()}, world!";

        var form = await client.GetHtmlAsync("/admin/posts/add");
        Assert.Contains("id=\"slug-preview\"", form);
        var response = await client.PostAsync("/admin/posts/add", ("Title", title), ("Content", "Body"), ("Status", "published"),
            ("Tags", "Dotnet, ef-core, DOTNET"), ("save", "continue"), ("__RequestVerificationToken", AdminClient.Token(form)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var post = await host.QueryAsync(db => db.Posts.Include(p => p.Tags).Include(p => p.Author).SingleAsync(p => p.Title == title, Ct));
        Assert.Equal($"/admin/posts/{post.Id}/change", response.Headers.Location!.OriginalString);
        Assert.Equal($"hello-{word}-world", post.Slug);
        Assert.Equal(PostStatus.Published, post.Status);
        Assert.Equal(["dotnet", "ef-core"], post.Tags.Select(t => t.Name).Order());
        Assert.True(post.Author.IsStaff);

        var again = await client.PostFormAsync("/admin/posts/add", "/admin/posts/add", ("Title", title), ("Content", "Body"), ("Status", "draft"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.True(await host.QueryAsync(db => db.Posts.AnyAsync(p => p.Slug == $"hello-{word}-world-2", Ct)));
    }

    [Fact]
    public async Task Editing_fixes_a_validation_error_recomputes_the_slug_and_deletes_ticked_inline_comments()
    {
        var client = await host.LoggedInClientAsync();
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, Unique.Word(), comments: 3, tags: ["old"]);
        var comments = await host.QueryAsync(db => db.Comments.Where(c => c.PostId == post.Id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(Ct));
        var url = $"/admin/posts/{post.Id}/change";
        var page = await client.GetHtmlAsync(url);
        Assert.Contains("Comments (3)", page);
        Assert.Contains("value=\"old\"", page);

        var invalid = await client.PostAsync(url, ("Title", ""), ("Content", "new content"), ("Status", "draft"),
            ("DeleteComments", comments[0].ToString()), ("__RequestVerificationToken", AdminClient.Token(page)));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Contains("This field is required.", await invalid.Content.ReadAsStringAsync(Ct));
        Assert.Equal(3, await host.QueryAsync(db => db.Comments.CountAsync(c => c.PostId == post.Id, Ct)));

        var newTitle = Unique.Word();
        var saved = await client.PostAsync(url, ("Title", newTitle), ("Content", "new content"), ("Status", "archived"), ("Tags", ""),
            ("DeleteComments", comments[0].ToString()), ("DeleteComments", comments[2].ToString()),
            ("__RequestVerificationToken", AdminClient.Token(page)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var after = await host.QueryAsync(db => db.Posts.Include(p => p.Tags).Include(p => p.Comments).SingleAsync(p => p.Id == post.Id, Ct));
        Assert.Equal(newTitle, after.Slug);
        Assert.Equal(PostStatus.Archived, after.Status);
        Assert.Empty(after.Tags);
        Assert.Equal([comments[1]], after.Comments.Select(c => c.Id));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
