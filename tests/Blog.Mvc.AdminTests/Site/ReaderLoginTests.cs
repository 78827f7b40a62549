using Microsoft.EntityFrameworkCore;

namespace Blog.Mvc.AdminTests.Site;

/// <summary>/accounts/login and /accounts/logout: the readers' session on the public site, apart from the admin's.</summary>
public sealed class ReaderLoginTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task Any_active_user_logs_in_and_the_pages_greet_them()
    {
        var reader = await host.CreateUserAsync(staff: false);
        using var site = new SiteClient(host);
        Assert.Contains("href=\"/accounts/login?next=%2F\"", await site.GetHtmlAsync("/"));

        await site.LoginOkAsync(reader.Username);

        var home = await site.GetHtmlAsync("/");
        Assert.Contains($"Logged in as <strong>{reader.Username}</strong>", home);
        Assert.Contains("action=\"/accounts/logout\"", home);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_lax_persistent_and_for_the_whole_site()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);

        var response = await site.LoginAsync(reader.Username);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("blog_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/;", cookie + ";", StringComparison.OrdinalIgnoreCase);
        Assert.Contains("expires=", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Wrong_password_unknown_and_inactive_users_are_refused_alike()
    {
        var reader = await host.CreateUserAsync();
        var inactive = await host.CreateUserAsync(active: false);
        using var site = new SiteClient(host);

        foreach (var (username, password) in new[] { (reader.Username, "not-the-password"), (Unique.Name("nobody"), AdminHost.Password), (inactive.Username, AdminHost.Password) })
        {
            var response = await site.LoginAsync(username, password);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Incorrect username or password.", await response.Content.ReadAsStringAsync(Ct));
            Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("blog_session=", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task Empty_fields_are_field_errors_and_the_typed_name_is_kept()
    {
        using var site = new SiteClient(host);

        var both = await (await site.LoginAsync("", "")).Content.ReadAsStringAsync(Ct);
        Assert.Equal(2, both.Split(">This field is required.<").Length - 1);

        var password = await (await site.LoginAsync("someone", "")).Content.ReadAsStringAsync(Ct);
        Assert.Equal(1, password.Split(">This field is required.<").Length - 1);
        Assert.Contains("value=\"someone\"", password);
    }

    [Fact]
    public async Task A_login_without_its_csrf_token_is_refused()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);

        var response = await site.PostAsync("/accounts/login", ("Username", reader.Username), ("Password", AdminHost.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("CSRF verification failed", await response.Content.ReadAsStringAsync(Ct));
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("blog_session=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("/posts/some-post?page=2#comment-form", "/posts/some-post?page=2#comment-form")]
    [InlineData("/tags/café", "/tags/caf%C3%A9")]
    [InlineData("/admin", "/admin")]
    [InlineData("/posts/é?q=ü#à", "/posts/%C3%A9?q=%C3%BC#%C3%A0")]
    [InlineData("/tags/./news/../café", "/tags/caf%C3%A9")]
    public async Task Login_leads_to_the_local_page_it_was_asked_from(string next, string location)
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);

        var response = await site.LoginAsync(reader.Username, next: next);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("https://evil.example/steal")]
    [InlineData("//evil.example/steal")]
    [InlineData("/\\evil.example/steal")]
    [InlineData("\\\\evil.example/steal")]
    [InlineData("javascript:alert(1)")]
    [InlineData("http:evil.example")]
    [InlineData("/\r\nSet-Cookie: x=y")]
    [InlineData("/.//evil.example/steal")]
    [InlineData("/..//evil.example")]
    [InlineData("/%2e//evil.example")]
    [InlineData("/./\\evil.example")]
    [InlineData("/a/..//evil.example")]
    public async Task An_open_redirect_is_refused(string next)
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);

        var response = await site.LoginAsync(reader.Username, next: next);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);

        var again = await site.GetAsync($"/accounts/login?next={Uri.EscapeDataString(next)}");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("/", again.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_login_page_of_a_logged_in_reader_leads_on()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);
        await site.LoginOkAsync(reader.Username);

        var response = await site.GetAsync("/accounts/login?next=%2Ftags%2Fnews");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tags/news", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Logout_is_a_post_with_its_csrf_token()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);
        await site.LoginOkAsync(reader.Username);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await site.GetAsync("/accounts/logout")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await site.PostAsync("/accounts/logout")).StatusCode);
        Assert.Contains("Logged in as", await site.GetHtmlAsync("/"));

        var response = await site.PostFormAsync("/", "/accounts/logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.DoesNotContain("Logged in as", await site.GetHtmlAsync("/"));
    }

    [Fact]
    public async Task A_deactivated_reader_is_logged_out_at_once()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);
        await site.LoginOkAsync(reader.Username);

        await host.QueryAsync(db => db.Users.Where(u => u.Id == reader.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false), Ct));

        Assert.DoesNotContain("Logged in as", await site.GetHtmlAsync("/"));
    }

    [Fact]
    public async Task The_site_session_opens_no_admin_page_and_the_admin_session_no_site_page()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var site = new SiteClient(host);
        await site.LoginOkAsync(staff.Username);
        var admin = await site.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/login", admin.Headers.Location!.PathAndQuery);

        using var adminClient = await host.LoggedInClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await adminClient.Http.GetAsync("/admin", Ct)).StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd(SiteClient.BrowserAccept);
        var home = await (await adminClient.Http.SendAsync(request, Ct)).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("Logged in as", home);
    }

    [Fact]
    public async Task An_api_bearer_token_is_no_site_login()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);

        await site.UseBearerTokenOfAsync(reader.Username);

        var home = await site.GetHtmlAsync("/");
        Assert.DoesNotContain("Logged in as", home);
        Assert.Contains("Log in", home);
    }

    [Fact]
    public async Task The_login_page_and_the_redirects_around_it_carry_the_security_headers()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);

        SecurityHeaderAssert.HasPageHeaders(await site.GetAsync("/accounts/login"), "the login page");
        SecurityHeaderAssert.HasPageHeaders(await site.PostAsync("/accounts/login"), "the refused login");
        SecurityHeaderAssert.HasPageHeaders(await site.LoginAsync(reader.Username), "the login's redirect");
        SecurityHeaderAssert.HasPageHeaders(await site.PostFormAsync("/", "/accounts/logout"), "the logout's redirect");
    }

    [Fact]
    public async Task A_deleted_session_user_is_no_reader()
    {
        var reader = await host.CreateUserAsync();
        using var site = new SiteClient(host);
        await site.LoginOkAsync(reader.Username);

        await host.QueryAsync(db => db.Users.Where(u => u.Id == reader.Id).ExecuteDeleteAsync(Ct));

        Assert.DoesNotContain("Logged in as", await site.GetHtmlAsync("/"));
    }
}
