using Blog.Domain.Posts;
using Blog.Mvc.AdminTests.Browser;
using Microsoft.Playwright;

namespace Blog.Mvc.AdminTests.Site;

/// <summary>The public site as a reader uses it, in Chromium.</summary>
public sealed class SiteBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_reader_logs_in_from_a_post_comments_and_sees_the_comment()
    {
        var author = await browser.Host.CreateUserAsync();
        var reader = await browser.Host.CreateUserAsync();
        var post = await browser.Host.CreatePostAsync(author, $"A post to discuss {Unique.Word()}", PostStatus.Published,
            createdAt: DateTime.UtcNow.AddDays(-1), content: "What do you think?", comments: 1, tags: ["discussion"]);
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };

        await page.GotoAsync($"/posts/{post.Slug}");
        await page.ClickAsync("#comment-form a:has-text('Log in')");
        await page.WaitForURLAsync("**/accounts/login?next=**");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "site-login.png"), FullPage = true });
        await page.FillAsync("#Username", reader.Username);
        await page.FillAsync("#Password", AdminHost.Password);
        await page.ClickAsync("button:has-text('Log in')");
        await page.WaitForURLAsync($"**/posts/{post.Slug}#comment-form");
        Assert.Contains(reader.Username, await page.Locator(".reader-tools").InnerTextAsync());

        var text = $"Thought-provoking, {Unique.Word()}.";
        await page.FillAsync("#Form_Content", text);
        await page.ClickAsync("button:has-text('Post comment')");
        await page.WaitForURLAsync(url => url.Contains("#comment-", StringComparison.Ordinal) && !url.EndsWith("#comment-form", StringComparison.Ordinal));

        var last = page.Locator(".comment").Last;
        Assert.Equal(text, await last.Locator(".comment-content").InnerTextAsync());
        Assert.Contains(reader.Username, await last.Locator(".meta").InnerTextAsync());
        Assert.Contains("2 comments", await page.Locator("#comments h2").InnerTextAsync());
        Assert.Empty(violations);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "site-post-with-new-comment.png"), FullPage = true });
    }

    [Fact]
    public async Task A_tag_leads_from_the_home_page_to_its_tag_page()
    {
        var tag = Unique.Word();
        var author = await browser.Host.CreateUserAsync();
        var tagged = await browser.Host.CreatePostAsync(author, $"Tagged {Unique.Word()}", PostStatus.Published,
            createdAt: DateTime.UtcNow.AddYears(1), tags: [tag]);
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "site-home.png"), FullPage = true });
        await page.ClickAsync($".post-summary a.tag:has-text('{tag}')");
        await page.WaitForURLAsync($"**/tags/{tag}");

        Assert.Equal(tagged.Title, await page.Locator(".post-summary h2").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "site-tag-page.png"), FullPage = true });
    }
}
