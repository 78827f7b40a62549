using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Blog.Mvc.AdminTests.Browser;

/// <summary>The admin as a person uses it, in Chromium: each registration's pages, their scripts, and a screenshot of each page.</summary>
public sealed class AdminBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private AdminHost Host => browser.Host;

    [Fact]
    public async Task Log_in_search_filter_and_drill_down_the_post_change_list()
    {
        var word = Unique.Word();
        var author = await Host.CreateUserAsync();
        await Host.CreatePostAsync(author, $"Shipping {word} in production", PostStatus.Published, comments: 2, tags: ["ops"]);
        await Host.CreatePostAsync(author, $"Drafting {word} notes", PostStatus.Draft);
        await Host.CreatePostAsync(author, $"Archived {word} idea", PostStatus.Archived, createdAt: new DateTime(2023, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/admin/login**");
        await ScreenshotAsync(page, "admin-login");
        await LogInAsync(page, await Host.CreateUserAsync(staff: true, superuser: true));
        await ScreenshotAsync(page, "admin-index");

        await page.ClickAsync("#content-main a:has-text('Posts') >> nth=0");
        await page.FillAsync("#changelist-search input[name=q]", word);
        await page.ClickAsync("#changelist-search button[type=submit]");
        await page.WaitForURLAsync($"**/admin/posts?q={word}");
        Assert.Equal(3, await page.Locator("#result_list tbody tr").CountAsync());

        await page.ClickAsync("#changelist-filter a:has-text('Published')");
        await page.WaitForURLAsync("**status=published**");
        Assert.Equal(1, await page.Locator("#result_list tbody tr").CountAsync());
        Assert.Contains("(1)", await page.Locator("#changelist-filter li.selected").Nth(0).InnerTextAsync());

        await page.ClickAsync("#changelist-filter a:has-text('All') >> nth=0");
        await page.ClickAsync(".date-hierarchy a:has-text('2023')");
        await page.WaitForURLAsync("**year=2023**");
        Assert.Equal(1, await page.Locator("#result_list tbody tr").CountAsync());
        await page.ClickAsync(".date-hierarchy a:has-text('‹ All dates')");
        await page.ClickAsync("#result_list thead a:has-text('Title')");
        await page.WaitForURLAsync("**o=title**");
        Assert.StartsWith("Archived", await page.Locator("#result_list tbody tr >> nth=0 >> td.field-title").InnerTextAsync());
        await ScreenshotAsync(page, "admin-post-change-list");
    }

    [Fact]
    public async Task Edit_a_post_with_a_validation_error_then_fix_it_and_see_its_history()
    {
        var author = await Host.CreateUserAsync();
        var post = await Host.CreatePostAsync(author, $"Before {Unique.Word()}", PostStatus.Draft, comments: 2, tags: ["old"]);
        var page = await LoggedInPageAsync();
        await page.GotoAsync($"/admin/posts/{post.Id}/change");

        await page.FillAsync("#id_title", "Live Slug Preview!");
        Assert.Equal("live-slug-preview", await page.Locator("#id_slug").InnerTextAsync());

        await page.FillAsync("#id_title", "");
        await page.FillAsync("#id_tags", "fine, Not Valid!");
        await page.ClickAsync("button[value=continue]");
        await page.WaitForSelectorAsync(".errornote");
        Assert.Contains("This field is required.", await page.Locator(".form-row.errors").First.InnerTextAsync());
        Assert.Contains("Each tag must be", await page.Locator(".form-row.errors").Nth(1).InnerTextAsync());
        await ScreenshotAsync(page, "admin-post-change-form-errors");

        var title = $"Fixed {Unique.Word()}";
        await page.FillAsync("#id_title", title);
        await page.FillAsync("#id_tags", "fine, valid");
        await page.CheckAsync("#comments-group input[type=checkbox] >> nth=0");
        await page.ClickAsync("button[value=continue]");
        await page.WaitForSelectorAsync(".messagelist");
        Assert.Contains("was changed successfully", await page.Locator(".messagelist").InnerTextAsync());
        Assert.Contains("Comments (1)", await page.Locator("#comments-group h2").TextContentAsync());
        await ScreenshotAsync(page, "admin-post-change-form");

        await page.ClickAsync("a.historylink");
        await page.WaitForURLAsync($"**/admin/posts/{post.Id}/history");
        Assert.Contains("Changed Title and Tags. Deleted comment", await page.Locator("#change-history").InnerTextAsync());
        await ScreenshotAsync(page, "admin-post-history");

        var saved = await Host.QueryAsync(db => db.Posts.Include(p => p.Tags).SingleAsync(p => p.Id == post.Id, Ct));
        Assert.Equal(title, saved.Title);
        Assert.Equal(["fine", "valid"], saved.Tags.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task Add_a_post_and_delete_it_through_its_confirmation_page()
    {
        var page = await LoggedInPageAsync();
        await page.GotoAsync("/admin/posts/add");
        var title = $"Brand new {Unique.Word()}";
        await page.FillAsync("#id_title", title);
        Assert.StartsWith("brand-new-", await page.Locator("#id_slug").InnerTextAsync());
        await page.FillAsync("#id_content", "Written in the browser.");
        await page.SelectOptionAsync("#id_status", "published");
        await ScreenshotAsync(page, "admin-post-add-form");
        await page.ClickAsync("button[value=continue]");
        await page.WaitForSelectorAsync(".messagelist");

        await page.ClickAsync("a.deletelink");
        await page.WaitForSelectorAsync("text=Are you sure?");
        await ScreenshotAsync(page, "admin-post-delete-confirmation");
        await page.ClickAsync("button:has-text('Yes, I’m sure')");
        await page.WaitForSelectorAsync(".messagelist");
        Assert.Contains("was deleted successfully", await page.Locator(".messagelist").InnerTextAsync());
        Assert.False(await Host.QueryAsync(db => db.Posts.AnyAsync(p => p.Title == title, Ct)));
    }

    [Fact]
    public async Task Select_all_across_the_pages_and_run_an_action_through_its_confirmation_page()
    {
        var word = Unique.Word();
        var author = await Host.CreateUserAsync();
        for (var i = 0; i < 23; i++) await Host.CreatePostAsync(author, $"{word} {i:D2}");
        var page = await LoggedInPageAsync();
        await page.GotoAsync($"/admin/posts?q={word}");

        await page.CheckAsync("#action-toggle");
        Assert.Equal("20 of 20 selected", await page.Locator(".action-counter").InnerTextAsync());
        await page.ClickAsync("#select-all-across");
        Assert.True(await page.Locator(".actions .all").IsVisibleAsync());
        await page.SelectOptionAsync("select[name=action]", "publish");
        await ScreenshotAsync(page, "admin-post-change-list-select-all");
        await page.ClickAsync("#changelist-form button[name=go]");
        await page.WaitForSelectorAsync("text=Are you sure?");
        Assert.Contains("on 23 posts", await page.Locator("#content").InnerTextAsync());
        await ScreenshotAsync(page, "admin-action-confirmation");
        await page.ClickAsync("button:has-text('Yes, I’m sure')");

        await page.WaitForSelectorAsync(".messagelist");
        Assert.Contains("Successfully published 23 posts.", await page.Locator(".messagelist").InnerTextAsync());
        Assert.Equal(23, await Host.QueryAsync(db => db.Posts.CountAsync(p => p.Title.StartsWith(word) && p.Status == PostStatus.Published, Ct)));
    }

    [Fact]
    public async Task Add_a_user_with_a_password_change_it_and_sort_the_user_list()
    {
        var page = await LoggedInPageAsync();
        var username = Unique.Name("browser");
        await page.GotoAsync("/admin/users/add");
        await page.FillAsync("#id_username", username);
        await page.FillAsync("#id_email", $"{username}@example.com");
        await page.FillAsync("#id_password1", AdminHost.Password);
        await page.FillAsync("#id_password2", "not the same");
        await page.ClickAsync("button[value=continue]");
        await page.WaitForSelectorAsync(".errornote");
        Assert.Contains("didn’t match", await page.Locator(".form-row.errors").InnerTextAsync());
        await ScreenshotAsync(page, "admin-user-add-form-errors");
        await page.FillAsync("#id_password1", AdminHost.Password);
        await page.FillAsync("#id_password2", AdminHost.Password);
        await page.ClickAsync("button[value=continue]");
        await page.WaitForSelectorAsync(".messagelist");
        await ScreenshotAsync(page, "admin-user-change-form");

        await page.ClickAsync("a:has-text('Change password')");
        await page.FillAsync("#id_password1", "another-password");
        await page.FillAsync("#id_password2", "another-password");
        await ScreenshotAsync(page, "admin-user-password-form");
        await page.ClickAsync("button[value=save]");
        await page.WaitForSelectorAsync(".messagelist");
        Assert.Contains("Changed password.", await page.Locator(".messagelist").InnerTextAsync());

        await page.GotoAsync("/admin/users");
        await page.ClickAsync("#result_list thead a:has-text('Email')");
        await page.WaitForURLAsync("**o=email**");
        await page.ClickAsync("#result_list thead a:has-text('Email')");
        await page.WaitForURLAsync("**o=-email**");
        Assert.Equal("▼", await page.Locator("#result_list thead th.sorted .sort-direction").InnerTextAsync());
        await ScreenshotAsync(page, "admin-user-change-list");
    }

    [Fact]
    public async Task The_comment_and_tag_lists_and_a_staff_users_forbidden_page()
    {
        var word = Unique.Word();
        await Host.CreatePostAsync(await Host.CreateUserAsync(), $"Commented {word}", PostStatus.Published, comments: 3, tags: ["browser", word[..10]]);
        var page = await LoggedInPageAsync();
        await page.GotoAsync("/admin/comments");
        Assert.True(await page.Locator("#result_list td.field-post:has-text('Commented')").CountAsync() >= 3);
        await ScreenshotAsync(page, "admin-comment-change-list");
        await page.ClickAsync("#result_list td.field-content a >> nth=0");
        await page.WaitForSelectorAsync("#id_content");
        await ScreenshotAsync(page, "admin-comment-change-form");

        await page.GotoAsync("/admin/tags");
        Assert.Contains("browser", await page.Locator("#result_list").InnerTextAsync());
        await ScreenshotAsync(page, "admin-tag-change-list");

        var staffPage = await browser.NewPageAsync();
        await staffPage.GotoAsync("/admin/login");
        await LogInAsync(staffPage, await Host.CreateUserAsync(staff: true));
        Assert.Equal(0, await staffPage.Locator("a[href='/admin/users']").CountAsync());
        var forbidden = await staffPage.GotoAsync("/admin/users");
        Assert.Equal(403, forbidden!.Status);
        await ScreenshotAsync(staffPage, "admin-permission-denied");
    }

    [Fact]
    public async Task Pages_and_their_scripts_run_under_the_content_security_policy_with_no_violation()
    {
        var word = Unique.Word();
        var post = await Host.CreatePostAsync(await Host.CreateUserAsync(), $"Policy {word}", PostStatus.Published, comments: 1);
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        page.PageError += (_, error) => violations.Add(error);
        await page.GotoAsync("/admin/login");
        await LogInAsync(page, await Host.CreateUserAsync(staff: true, superuser: true));

        async Task OpenAsync(string url)
        {
            var response = await page.GotoAsync(url);
            Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy"));
            Assert.Empty(violations);
        }

        await OpenAsync("/admin/posts/add");
        await page.FillAsync("#id_title", "Under a Strict Policy");
        Assert.Equal("under-a-strict-policy", await page.Locator("#id_slug").InnerTextAsync());

        await OpenAsync($"/admin/posts?q={word}");
        await page.CheckAsync("#action-toggle");
        Assert.True(await page.Locator(".action-select").First.IsCheckedAsync());

        foreach (var url in new[] { $"/admin/posts/{post.Id}/change", $"/admin/posts/{post.Id}/history", "/admin/comments", "/admin/tags", "/admin/users", "/admin", $"/posts/{post.Slug}", "/" })
            await OpenAsync(url);
    }

    private async Task<IPage> LoggedInPageAsync()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await LogInAsync(page, await Host.CreateUserAsync(staff: true, superuser: true));
        return page;
    }

    private static async Task LogInAsync(IPage page, Blog.Domain.Users.User staff)
    {
        await page.FillAsync("#Username", staff.Username);
        await page.FillAsync("#Password", AdminHost.Password);
        await page.ClickAsync("button:has-text('Log in')");
        await page.WaitForURLAsync("**/admin");
        Assert.Contains(staff.Username, await page.Locator("#user-tools").TextContentAsync());
    }

    private static Task<byte[]> ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png"), FullPage = true });
}
