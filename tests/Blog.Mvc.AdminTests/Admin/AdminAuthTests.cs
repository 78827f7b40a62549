using System.Net.Http.Headers;
using System.Text.Json;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class AdminAuthOnSqlite(AdminHost host) : AdminAuthTests(host), IClassFixture<AdminHost>;

public sealed class AdminAuthOnPostgres(PostgresAdminHost host) : AdminAuthTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>The admin login: staff only, its cookie, CSRF on every form, and no way out of the admin through `next`.</summary>
public abstract class AdminAuthTests(AdminHost host)
{
    [Fact]
    public async Task Staff_user_logs_in_and_sees_the_admin_index()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();

        await client.LoginOkAsync(staff.Username);

        var html = await client.GetHtmlAsync("/admin");
        Assert.Contains("Site administration", html);
        Assert.Contains(staff.Username, html);
    }

    [Fact]
    public async Task Session_cookie_is_http_only_strict_and_scoped_to_the_admin()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();

        var response = await client.LoginAsync(staff.Username);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("blog_admin_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/admin", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Non_staff_user_is_refused_with_a_clear_message()
    {
        var user = await host.CreateUserAsync(staff: false);
        using var client = host.CreateAdminClient();

        var response = await client.LoginAsync(user.Username);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("not a staff account", html);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("blog_admin_session=", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/admin", Ct)).StatusCode);
    }

    [Fact]
    public async Task Wrong_password_and_inactive_staff_are_refused_alike()
    {
        var staff = await host.CreateUserAsync(staff: true);
        var inactive = await host.CreateUserAsync(staff: true, active: false);
        using var client = host.CreateAdminClient();

        var wrong = await (await client.LoginAsync(staff.Username, "not-the-password")).Content.ReadAsStringAsync(Ct);
        var deactivated = await (await client.LoginAsync(inactive.Username)).Content.ReadAsStringAsync(Ct);

        Assert.Contains("Incorrect username or password.", wrong);
        Assert.Contains("Incorrect username or password.", deactivated);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/posts")]
    [InlineData("/admin/posts/add")]
    [InlineData("/admin/users")]
    [InlineData("/admin/comments/1/change")]
    [InlineData("/admin/posts/1/history")]
    public async Task Anonymous_visitor_is_redirected_to_the_login_page(string url)
    {
        using var client = host.CreateAdminClient();

        var response = await client.Http.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_valid_api_bearer_token_alone_never_opens_the_admin()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var api = host.CreateApiClient();
        var login = await api.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = staff.Username,
            ["password"] = AdminHost.Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("access_token").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/users/me", Ct)).StatusCode);

        var admin = await api.GetAsync("/admin/posts", Ct);

        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/login", admin.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400()
    {
        using var client = await host.LoggedInClientAsync();
        var title = Unique.Word();
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word());

        var add = await client.PostAsync("/admin/posts/add", AdminClient.Field("title", title), AdminClient.Field("content", "c"), AdminClient.Field("status", "draft"));
        var action = await client.PostAsync("/admin/posts", ("action", "delete_selected"), ("selected", post.Id.ToString()), ("confirmed", "true"));
        var delete = await client.PostAsync($"/admin/posts/{post.Id}/delete");
        var password = await client.PostAsync($"/admin/users/{post.AuthorId}/password", AdminClient.Field("password1", "new-password-1"), AdminClient.Field("password2", "new-password-1"));
        var forged = await client.PostAsync("/admin/posts/add", AdminClient.Field("title", title), ("__RequestVerificationToken", "forged"));

        Assert.All(new[] { add, action, delete, password, forged }, response => Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode));
        Assert.False(await host.QueryAsync(db => Task.FromResult(db.Posts.Any(p => p.Title == title))));
        Assert.True(await host.QueryAsync(db => Task.FromResult(db.Posts.Any(p => p.Id == post.Id))));
    }

    [Fact]
    public async Task A_form_without_its_token_gets_the_admins_400_page()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var anonymous = host.CreateAdminClient();
        using var client = await host.LoggedInClientAsync();

        var login = await anonymous.PostAsync("/admin/login", ("Username", staff.Username), ("Password", AdminHost.Password));
        var add = await client.PostAsync("/admin/tags/add", AdminClient.Field("name", Unique.Word()));

        foreach (var refused in new[] { login, add })
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal("text/html", refused.Content.Headers.ContentType?.MediaType);
            var html = await refused.Content.ReadAsStringAsync(Ct);
            Assert.Contains("CSRF verification failed", html);
            Assert.Contains("href=\"/admin\"", html);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.Http.GetAsync("/admin", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/admin")]
    [InlineData("//evil.example/admin")]
    [InlineData("/\\evil.example/admin")]
    [InlineData("/")]
    [InlineData("/posts/hello")]
    [InlineData("/administrator")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/.//evil.example/steal")]
    [InlineData("/..//evil.example")]
    [InlineData("/%2e//evil.example")]
    [InlineData("/admin/..//evil.example")]
    [InlineData("/admin/../posts/hello")]
    [InlineData("/admin/%2e%2e/posts")]
    [InlineData("/admin\\..\\posts")]
    public async Task The_login_never_sends_anyone_outside_the_admin(string next)
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();
        var html = await client.GetHtmlAsync("/admin/login?next=" + Uri.EscapeDataString(next));

        var login = await client.PostAsync("/admin/login", ("Username", staff.Username), ("Password", AdminHost.Password), ("Next", next),
            ("__RequestVerificationToken", AdminClient.Token(html)));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin", login.Headers.Location!.OriginalString);
        var again = await client.Http.GetAsync("/admin/login?next=" + Uri.EscapeDataString(next), Ct);
        Assert.Equal("/admin", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_login_goes_back_to_an_admin_page_with_its_query()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();
        var html = await client.GetHtmlAsync("/admin/login");

        var login = await client.PostAsync("/admin/login", ("Username", staff.Username), ("Password", AdminHost.Password),
            ("Next", "/admin/posts?q=x&status=draft"), ("__RequestVerificationToken", AdminClient.Token(html)));

        Assert.Equal("/admin/posts?q=x&status=draft", login.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/admin/é", "/admin/%C3%A9")]
    [InlineData("/admin/posts?q=café", "/admin/posts?q=caf%C3%A9")]
    [InlineData("/admin/./posts/../users", "/admin/users")]
    public async Task The_login_goes_back_to_an_admin_page_escaped_for_the_location_header(string next, string location)
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();
        var html = await client.GetHtmlAsync("/admin/login");

        var login = await client.PostAsync("/admin/login", ("Username", staff.Username), ("Password", AdminHost.Password),
            ("Next", next), ("__RequestVerificationToken", AdminClient.Token(html)));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal(location, login.Headers.Location!.OriginalString);
        Assert.Equal(location, (await client.Http.GetAsync("/admin/login?next=" + Uri.EscapeDataString(next), Ct)).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();
        await client.LoginOkAsync(staff.Username);

        var response = await client.PostFormAsync("/admin", "/admin/logout");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Logged out", await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/admin", Ct)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_visitor_logs_in_and_lands_on_the_page_they_asked_for()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();

        var challenge = await client.Http.GetAsync("/admin/posts", Ct);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var loginPage = challenge.Headers.Location!.PathAndQuery;
        Assert.Equal("/admin/login?next=%2Fadmin%2Fposts", loginPage);
        var html = await client.GetHtmlAsync(loginPage);
        var next = System.Text.RegularExpressions.Regex.Match(html, "name=\"Next\" value=\"([^\"]*)\"").Groups[1].Value;
        Assert.Equal("/admin/posts", WebUtility.HtmlDecode(next));

        var login = await client.PostAsync("/admin/login",
            ("Username", staff.Username), ("Password", AdminHost.Password), ("Next", WebUtility.HtmlDecode(next)),
            ("__RequestVerificationToken", AdminClient.Token(html)));

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/admin/posts", login.Headers.Location!.OriginalString);
        await client.GetHtmlAsync("/admin/posts");
    }

    [Fact]
    public async Task The_logged_out_page_no_longer_greets_the_user()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();
        await client.LoginOkAsync(staff.Username);

        var response = await client.PostFormAsync("/admin", "/admin/logout");

        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Logged out", html);
        Assert.DoesNotContain(staff.Username, html);
        Assert.DoesNotContain("Welcome,", html);
    }

    [Fact]
    public async Task Losing_the_staff_flag_ends_an_open_session_on_the_next_request()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();
        await client.LoginOkAsync(staff.Username);
        await client.GetHtmlAsync("/admin");

        await host.QueryAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ExecuteUpdateAsync(
            db.Users.Where(u => u.Id == staff.Id), set => set.SetProperty(u => u.IsStaff, false), Ct));

        var response = await client.Http.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
    }
}
