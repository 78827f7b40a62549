using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class JobsDashboardOnSqlite(AdminHost host) : JobsDashboardTests(host), IClassFixture<AdminHost>;

public sealed class JobsDashboardOnPostgres(PostgresAdminHost host) : JobsDashboardTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>The Hangfire dashboard at /admin/jobs: an admin page, for staff only, never public.</summary>
public abstract class JobsDashboardTests(AdminHost host)
{
    [Theory]
    [InlineData("/admin/jobs")]
    [InlineData("/admin/jobs/jobs/succeeded")]
    [InlineData("/admin/jobs/recurring")]
    [InlineData("/admin/jobs/stats")]
    public async Task Anonymous_visitor_is_redirected_to_the_login_page(string url)
    {
        using var client = host.CreateAdminClient();

        var response = await client.Http.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
        SecurityHeaderAssert.HasPageHeaders(response, url);
    }

    [Fact]
    public async Task A_valid_api_bearer_token_alone_never_opens_the_dashboard()
    {
        var staff = await host.CreateUserAsync(staff: true, superuser: true);
        using var api = host.CreateApiClient();
        var login = await api.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = staff.Username,
            ["password"] = AdminHost.Password,
        }), Ct);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("access_token").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var response = await api.GetAsync("/admin/jobs", Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Staff_see_the_dashboard_with_the_recurring_purge_under_the_admin_headers()
    {
        using var client = await host.LoggedInClientAsync(superuser: false);

        var response = await client.Http.GetAsync("/admin/jobs/recurring", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Blog jobs", html);
        Assert.Contains("purge-expired", html);
        SecurityHeaderAssert.HasPageHeaders(response, "/admin/jobs/recurring");
    }

    [Fact]
    public async Task A_staff_member_demoted_meanwhile_is_sent_to_the_login_page()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();
        await client.LoginOkAsync(staff.Username);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/jobs", Ct)).StatusCode);

        await host.QueryAsync(db => db.Users.Where(u => u.Id == staff.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsStaff, false), Ct));

        var response = await client.Http.GetAsync("/admin/jobs", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery);
    }
}
