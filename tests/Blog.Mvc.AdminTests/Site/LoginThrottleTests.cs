using System.Net.Http.Json;
using Blog.Domain.Posts;

namespace Blog.Mvc.AdminTests.Site;

/// <summary>
/// docs/contract.md, "Rate limits", on the HTML forms: the site's and the admin's logins count failures per username in
/// the API login's window (5 per 300 s by default), a spent window re-rendering the form with 429 and Retry-After;
/// the comment form counts as a write of its reader.
/// </summary>
public sealed class LoginThrottleTests(AdminHost host) : IClassFixture<AdminHost>
{
    private const int LoginFailures = 5;

    [Fact]
    public async Task Wrong_passwords_on_the_site_form_spend_the_username_s_window_for_the_form_and_the_api()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);
        for (var i = 0; i < LoginFailures; i++)
        {
            var wrong = await site.LoginAsync(reader.Username, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("Incorrect username or password.", await wrong.Content.ReadAsStringAsync(Ct));
        }

        await RefusedPageAsync(await site.LoginAsync(reader.Username, "not-the-password"));
        await RefusedPageAsync(await site.LoginAsync(reader.Username));

        using var api = host.CreateApiClient();
        var login = await api.PostAsJsonAsync("/auth/login", new { username = reader.Username, password = AdminHost.Password }, Ct);
        Assert.Equal(HttpStatusCode.TooManyRequests, login.StatusCode);
        Assert.Equal("application/problem+json", login.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_window_spent_through_the_api_refuses_the_admin_form_too()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var api = host.CreateApiClient();
        for (var i = 0; i < LoginFailures; i++)
        {
            var wrong = await api.PostAsJsonAsync("/auth/login", new { username = staff.Username, password = "not-the-password" }, Ct);
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var admin = host.CreateAdminClient();
        var page = await RefusedPageAsync(await admin.LoginAsync(staff.Username.ToUpperInvariant()));
        Assert.Contains("The admin site is for staff users.", page);
    }

    [Fact]
    public async Task A_right_password_on_a_form_gives_its_permit_back()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var site = new SiteClient(host);
        Assert.Equal(HttpStatusCode.OK, (await site.LoginAsync(staff.Username, "not-the-password")).StatusCode);
        var login = await site.LoginAsync(staff.Username);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal($"{LoginFailures - 1}", Assert.Single(login.Headers.GetValues("RateLimit-Remaining")));
        using var admin = host.CreateAdminClient();
        await admin.LoginOkAsync(staff.Username);
    }

    [Fact]
    public async Task A_comment_is_counted_as_a_write_of_its_reader()
    {
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), $"Counted {Unique.Word()}", PostStatus.Published,
            createdAt: DateTime.UtcNow.AddDays(-1));
        var url = $"/posts/{post.Slug}";
        using var site = new SiteClient(host);
        await site.LoginOkAsync((await host.CreateUserAsync()).Username);

        var response = await site.PostFormAsync(url, url, ("Form.Content", "A counted comment."));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("6000", Assert.Single(response.Headers.GetValues("RateLimit-Limit")));
        Assert.Equal("5999", Assert.Single(response.Headers.GetValues("RateLimit-Remaining")));
    }

    /// <summary>The login form again, with 429, a Retry-After and the message naming the same seconds.</summary>
    private static async Task<string> RefusedPageAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.TooManyRequests, $"{response.StatusCode}: {html[..Math.Min(html.Length, 1000)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var retryAfter = int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 300);
        Assert.Contains($"Too many requests: try again in {retryAfter} seconds.", html);
        Assert.Contains("name=\"Password\"", html);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Contains("session", StringComparison.Ordinal)));
        return html;
    }
}
