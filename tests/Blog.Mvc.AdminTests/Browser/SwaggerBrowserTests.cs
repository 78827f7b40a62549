using System.Net.Http.Json;
using Microsoft.Playwright;

namespace Blog.Mvc.AdminTests.Browser;

/// <summary>
/// Swagger UI as a person uses it: Authorize with a username and password (the OAuth2 password flow against
/// /auth/login, set up in shared/Blog.Hosting for every host), then call a protected endpoint.
/// </summary>
public sealed class SwaggerBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Authorize_in_swagger_ui_then_call_a_protected_endpoint()
    {
        var username = "swagger_" + Unique.Word();
        using (var api = new HttpClient { BaseAddress = browser.Host.BaseAddress })
        {
            var registered = await api.PostAsJsonAsync("/auth/register",
                new { username, email = $"{username}@example.io", password = "swagger-password" },
                TestContext.Current.CancellationToken);
            Assert.Equal(System.Net.HttpStatusCode.Created, registered.StatusCode);
        }
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/swagger/index.html");
        await page.ClickAsync("button.authorize");
        await page.FillAsync("#oauth_username", username);
        await page.FillAsync("#oauth_password", "swagger-password");
        var dialog = page.Locator(".modal-ux");
        // The dialog offers both schemes, OAuth2 and ApiKey, each with its own Authorize button.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Apply given OAuth2 credentials" }).ClickAsync();
        // Swagger UI swaps Authorize for Logout once /auth/login has answered with a token.
        await dialog.Locator("button", new() { HasTextString = "Logout" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await dialog.Locator("button", new() { HasTextString = "Close" }).First.ClickAsync();

        var me = page.Locator(".opblock-get:has(.opblock-summary-path[data-path='/users/me'])");
        await me.Locator(".opblock-summary").ClickAsync();
        await me.Locator("button.try-out__btn").ClickAsync();
        await me.Locator("button.execute").ClickAsync();
        var status = me.Locator(".live-responses-table tbody .response-col_status").First;
        await status.WaitForAsync();
        Assert.Equal("200", (await status.InnerTextAsync()).Trim());
        Assert.Contains(username, await me.Locator(".live-responses-table tbody .response-col_description").First.InnerTextAsync());

        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserFixture.ScreenshotFolder, "swagger-authorized-users-me.png"),
            FullPage = true,
        });
    }
}
