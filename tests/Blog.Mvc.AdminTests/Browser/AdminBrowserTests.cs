using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Blog.Mvc.AdminTests.Browser;

/// <summary>The admin as a person uses it, in Chromium: log in, search, filter, edit with an error, bulk actions.</summary>
public sealed class AdminBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private AdminHost Host => browser.Host;

    [Fact]
    public async Task Log_in_search_and_filter_the_change_list()
    {
        var word = Unique.Word();
        var author = await Host.CreateUserAsync();
        await Host.CreatePostAsync(author, $"Shipping {word} in production", PostStatus.Published, comments: 2, tags: ["ops"]);
        await Host.CreatePostAsync(author, $"Drafting {word} notes", PostStatus.Draft);
        await Host.CreatePostAsync(author, $"Archived {word} idea", PostStatus.Archived, createdAt: new DateTime(2023, 5, 1, 0, 0, 0, DateTimeKind.Utc));
        var page = await LoggedInPageAsync();

        await page.GotoAsync("/admin/posts");
        await page.FillAsync("#changelist-search input[name=q]", word);
        await page.ClickAsync("#changelist-search button[type=submit]");
        await page.WaitForURLAsync($"**/admin/posts?q={word}");
        Assert.Equal(3, await page.Locator("#result_list tbody tr").CountAsync());

        await page.ClickAsync("#changelist-filter a:has-text('Published')");
        await page.WaitForURLAsync("**status=published**");
        var rows = page.Locator("#result_list tbody tr");
        Assert.Equal(1, await rows.CountAsync());
        Assert.Contains("Shipping", await rows.First.InnerTextAsync());
        Assert.Contains("(1)", await page.Locator("#changelist-filter li.selected").Nth(0).InnerTextAsync());

        await page.ClickAsync("#changelist-filter a:has-text('All') >> nth=0");
        await page.ClickAsync(".date-hierarchy a:has-text('2023')");
        await page.WaitForURLAsync("**year=2023**");
        Assert.Equal(1, await page.Locator("#result_list tbody tr").CountAsync());
        await page.ClickAsync(".date-hierarchy a:has-text('‹ All dates')");

        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-post-change-list.png"), FullPage = true });
    }

    [Fact]
    public async Task Edit_a_post_with_a_validation_error_then_fix_it()
    {
        var author = await Host.CreateUserAsync();
        var post = await Host.CreatePostAsync(author, $"Before {Unique.Word()}", PostStatus.Draft, comments: 2, tags: ["old"]);
        var page = await LoggedInPageAsync();
        await page.GotoAsync($"/admin/posts/{post.Id}/change");

        await page.FillAsync("#Title", "Live Slug Preview!");
        Assert.Equal("live-slug-preview", await page.Locator("#slug-preview").InnerTextAsync());

        await page.FillAsync("#Title", "");
        await page.FillAsync("#Tags", "fine, Not Valid!");
        await page.ClickAsync("button[value=continue]");
        await page.WaitForSelectorAsync(".errornote");
        Assert.Contains("This field is required.", await page.Locator(".form-row.errors").First.InnerTextAsync());
        Assert.Contains("Each tag must be", await page.Locator(".form-row.errors").Nth(1).InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-post-edit-form-errors.png"), FullPage = true });

        var title = $"Fixed {Unique.Word()}";
        await page.FillAsync("#Title", title);
        await page.FillAsync("#Tags", "fine, valid");
        await page.ClickAsync("button[value=continue]");
        await page.WaitForSelectorAsync(".messagelist");
        Assert.Contains("was changed successfully", await page.Locator(".messagelist").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-post-edit-form.png"), FullPage = true });

        var saved = await Host.QueryAsync(db => db.Posts.Include(p => p.Tags).SingleAsync(p => p.Id == post.Id, Ct));
        Assert.Equal(title, saved.Title);
        Assert.Equal(["fine", "valid"], saved.Tags.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task Run_a_bulk_action_through_its_confirmation_page()
    {
        var word = Unique.Word();
        var author = await Host.CreateUserAsync();
        var first = await Host.CreatePostAsync(author, $"{word} first");
        var second = await Host.CreatePostAsync(author, $"{word} second");
        var page = await LoggedInPageAsync();
        await page.GotoAsync($"/admin/posts?q={word}");

        await page.CheckAsync("#action-toggle");
        await page.SelectOptionAsync("select[name=action]", "publish");
        await page.ClickAsync("#changelist-form button[name=go]");
        await page.WaitForSelectorAsync("text=Are you sure?");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-bulk-action-confirm.png"), FullPage = true });
        await page.ClickAsync("button:has-text(\"Yes, I'm sure\")");

        await page.WaitForSelectorAsync(".messagelist");
        Assert.Contains("Successfully published 2 posts.", await page.Locator(".messagelist").InnerTextAsync());
        var statuses = await Host.QueryAsync(db => db.Posts.Where(p => p.Id == first.Id || p.Id == second.Id).Select(p => p.Status).ToListAsync(Ct));
        Assert.Equal(2, statuses.Count);
        Assert.All(statuses, status => Assert.Equal(PostStatus.Published, status));
    }

    [Fact]
    public async Task Pages_and_their_scripts_run_under_the_content_security_policy_with_no_violation()
    {
        var word = Unique.Word();
        var author = await Host.CreateUserAsync();
        var post = await Host.CreatePostAsync(author, $"Policy {word}", PostStatus.Published);
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        await LoggedInPageAsync(page);

        async Task OpenAsync(string url)
        {
            var response = await page.GotoAsync(url);
            Assert.Contains("frame-ancestors 'none'", await response!.HeaderValueAsync("content-security-policy"));
            Assert.Empty(violations);
        }

        await OpenAsync("/admin/posts/add");
        await page.FillAsync("#Title", "Under a Strict Policy");
        Assert.Equal("under-a-strict-policy", await page.Locator("#slug-preview").InnerTextAsync());

        await OpenAsync($"/admin/posts?q={word}");
        await page.CheckAsync("#action-toggle");
        Assert.True(await page.Locator(".action-select").First.IsCheckedAsync());

        await OpenAsync($"/posts/{post.Slug}");
        await OpenAsync("/");
    }

    private async Task<IPage> LoggedInPageAsync(IPage? page = null)
    {
        var staff = await Host.CreateUserAsync(staff: true);
        page ??= await browser.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.WaitForURLAsync("**/admin/login**");
        await page.FillAsync("#Username", staff.Username);
        await page.FillAsync("#Password", AdminHost.Password);
        await page.ClickAsync("button:has-text('Log in')");
        await page.WaitForURLAsync("**/admin");
        Assert.Contains(staff.Username, await page.Locator("#user-tools").TextContentAsync());
        return page;
    }
}
