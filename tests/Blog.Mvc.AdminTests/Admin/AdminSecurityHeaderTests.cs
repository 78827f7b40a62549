using Blog.Domain.Posts;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class AdminSecurityHeadersOnSqlite(AdminHost host) : AdminSecurityHeaderTests(host), IClassFixture<AdminHost>;

public sealed class AdminSecurityHeadersOnPostgres(PostgresAdminHost host) : AdminSecurityHeaderTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>Every kind of admin response cannot be framed or sniffed and runs no inline script (clickjacking, XSS).</summary>
public abstract class AdminSecurityHeaderTests(AdminHost host)
{
    [Theory]
    [InlineData("/admin/login")]
    [InlineData("/admin/login?next=%2Fadmin%2Fposts")]
    public async Task The_login_page_carries_the_security_headers(string url)
    {
        using var client = host.CreateAdminClient();

        var response = await client.Http.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        SecurityHeaderAssert.HasPageHeaders(response, url);
    }

    [Fact]
    public async Task Redirects_to_and_from_the_login_page_carry_them()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();

        var challenge = await client.Http.GetAsync("/admin/posts", Ct);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        SecurityHeaderAssert.HasPageHeaders(challenge, "the challenge");

        var login = await client.LoginAsync(staff.Username);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        SecurityHeaderAssert.HasPageHeaders(login, "the login");
    }

    [Fact]
    public async Task Every_page_a_staff_user_opens_carries_them_404s_included()
    {
        using var client = await host.LoggedInClientAsync();
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, Unique.Word(), PostStatus.Draft, comments: 1);

        foreach (var (url, status) in new[]
        {
            ("/admin", HttpStatusCode.OK),
            ("/admin/posts", HttpStatusCode.OK),
            ("/admin/posts/add", HttpStatusCode.OK),
            ($"/admin/posts/{post.Id}/change", HttpStatusCode.OK),
            ($"/admin/posts/{post.Id}/delete", HttpStatusCode.OK),
            ("/admin/users", HttpStatusCode.OK),
            ($"/admin/users/{author.Id}/change", HttpStatusCode.OK),
            ("/admin/posts/999999/change", HttpStatusCode.NotFound),
            ("/admin/users/999999/change", HttpStatusCode.NotFound),
            ("/admin/no-such-page", HttpStatusCode.NotFound),
        })
        {
            var response = await client.Http.GetAsync(url, Ct);
            Assert.True(status == response.StatusCode, $"GET {url}: expected {status}, got {response.StatusCode}.");
            SecurityHeaderAssert.HasPageHeaders(response, url);
        }
    }

    [Fact]
    public async Task The_bulk_action_confirmation_and_its_redirect_carry_them()
    {
        using var client = await host.LoggedInClientAsync();
        var author = await host.CreateUserAsync();
        var post = await host.CreatePostAsync(author, Unique.Word());

        var confirm = await client.PostFormAsync("/admin/posts", "/admin/posts", ("action", "publish"), ("selected", post.Id.ToString()));
        Assert.Equal(HttpStatusCode.OK, confirm.StatusCode);
        Assert.Contains("Are you sure?", await confirm.Content.ReadAsStringAsync(Ct));
        SecurityHeaderAssert.HasPageHeaders(confirm, "the confirmation");

        var done = await client.PostAsync("/admin/posts", ("action", "publish"), ("selected", post.Id.ToString()), ("confirmed", "true"),
            ("__RequestVerificationToken", AdminClient.Token(await confirm.Content.ReadAsStringAsync(Ct))));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        SecurityHeaderAssert.HasPageHeaders(done, "the redirect after the action");
    }

    [Fact]
    public async Task A_refused_post_and_the_logged_out_page_carry_them()
    {
        using var client = await host.LoggedInClientAsync();

        var refused = await client.PostAsync("/admin/posts/add", AdminClient.Field("title", "t"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        SecurityHeaderAssert.HasPageHeaders(refused, "the missing antiforgery token");

        var loggedOut = await client.PostFormAsync("/admin", "/admin/logout");
        Assert.Equal(HttpStatusCode.OK, loggedOut.StatusCode);
        SecurityHeaderAssert.HasPageHeaders(loggedOut, "the logged-out page");
    }
}
