namespace Blog.Mvc.AdminTests.Browser;

/// <summary>The Hangfire dashboard in Chromium: it renders, and its scripts run, under the admin's Content-Security-Policy.</summary>
public sealed class JobsDashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_dashboard_renders_and_its_scripts_run_with_no_policy_violation()
    {
        var page = await browser.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) violations.Add(message.Text);
        };
        page.PageError += (_, error) => violations.Add(error);
        await page.GotoAsync("/admin/jobs");
        await page.WaitForURLAsync("**/admin/login**");
        var staff = await browser.Host.CreateUserAsync(staff: true);
        await page.FillAsync("#Username", staff.Username);
        await page.FillAsync("#Password", AdminHost.Password);
        await page.ClickAsync("button:has-text('Log in')");
        await page.WaitForURLAsync("**/admin/jobs");

        foreach (var url in new[] { "/admin/jobs", "/admin/jobs/recurring", "/admin/jobs/jobs/succeeded", "/admin/jobs/servers" })
        {
            var response = await page.GotoAsync(url);
            Assert.Equal(200, response!.Status);
            Assert.Contains("frame-ancestors 'none'", await response.HeaderValueAsync("content-security-policy"));
            Assert.Equal("Blog jobs", (await page.Locator(".navbar-brand").First.InnerTextAsync()).Trim());
        }

        // The dashboard's script (Chart.js) draws the realtime graph of its front page.
        await page.GotoAsync("/admin/jobs");
        await page.Locator("canvas#realtimeGraph.chartjs-render-monitor").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "admin-jobs-dashboard.png"), FullPage = true });
        Assert.Empty(violations);
    }
}
