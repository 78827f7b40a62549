using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Blog.Domain.Posts;
using Blog.Mvc.AdminTests.Browser;
using Microsoft.Playwright;

namespace Blog.Mvc.AdminTests.Site;

/// <summary>The post page's live comments in Chromium: the vendored SignalR client over a WebSocket, under the page's CSP.</summary>
public sealed class LiveCommentsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_comment_posted_through_the_API_appears_on_an_open_page_and_disappears_when_deleted()
    {
        var author = await browser.Host.CreateUserAsync();
        var commenter = await browser.Host.CreateUserAsync();
        var post = await browser.Host.CreatePostAsync(author, $"Live {Unique.Word()}", PostStatus.Published, comments: 1);
        var page = await browser.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The site has no favicon; the browser asks for one all the same.
            if (message.Type is "error" or "warning" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                problems.Add($"{message.Text} ({message.Location})");
        };
        var sockets = new List<string>();
        page.WebSocket += (_, socket) => sockets.Add(socket.Url);

        await page.GotoAsync($"/posts/{post.Slug}");
        await page.WaitForSelectorAsync("#comments[data-live=joined]");
        Assert.Contains("1 comment", await page.Locator("#comments h2").InnerTextAsync());

        using var api = new HttpClient { BaseAddress = browser.Host.BaseAddress };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(api, commenter.Username));
        var text = $"Live from the API, {Unique.Word()} <b>not bold</b>";
        var created = await api.PostAsJsonAsync($"/posts/{post.Id}/comments", new { content = text }, Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetInt32();

        var live = page.Locator($"#comment-{id}");
        await live.WaitForAsync(new LocatorWaitForOptions { Timeout = 5000 });
        Assert.Equal(text, await live.Locator(".comment-content").InnerTextAsync());
        Assert.Contains(commenter.Username, await live.Locator(".meta").InnerTextAsync());
        Assert.Contains("2 comments", await page.Locator("#comments h2").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "site-live-comment.png"), FullPage = true });

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/posts/{post.Id}/comments/{id}", Ct)).StatusCode);
        await live.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached, Timeout = 5000 });
        Assert.Contains("1 comment", await page.Locator("#comments h2").InnerTextAsync());

        Assert.Contains(sockets, url => url.StartsWith($"ws://{browser.Host.BaseAddress.Authority}/hubs/posts", StringComparison.Ordinal));
        Assert.True(problems.Count == 0, string.Join(" | ", problems));
    }

    private static async Task<string> TokenAsync(HttpClient api, string username)
    {
        var response = await api.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["password"] = AdminHost.Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("access_token").GetString()!;
    }
}
