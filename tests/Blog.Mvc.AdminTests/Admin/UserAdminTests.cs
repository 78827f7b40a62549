using System.Net.Http.Headers;
using System.Text.Json;
using Blog.Mvc.AdminTests.Site;
using Microsoft.EntityFrameworkCore;
using static Blog.Mvc.AdminTests.Support.AdminClient;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class UserAdminOnSqlite(AdminHost host) : UserAdminTests(host), IClassFixture<AdminHost>;

public sealed class UserAdminOnPostgres(PostgresAdminHost host) : UserAdminTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>The user registration: add with a password, change password, flags, actions, filters, search and sorting.</summary>
public abstract class UserAdminTests(AdminHost host)
{
    [Fact]
    public async Task Adding_a_user_asks_for_the_password_twice_and_refuses_a_taken_name()
    {
        var client = await host.LoggedInClientAsync();
        var username = Unique.Name("new");
        var taken = await host.CreateUserAsync();

        var mismatch = await client.SubmitAsync("/admin/users/add", Field("username", username), Field("email", $"{username}@example.com"),
            Field("password1", AdminHost.Password), Field("password2", "something-else"));
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("The two password fields didn’t match.", WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync(Ct)));

        var clash = await client.SubmitAsync("/admin/users/add", Field("username", taken.Username.ToUpperInvariant()), Field("email", "x@example.com"),
            Field("password1", AdminHost.Password), Field("password2", AdminHost.Password));
        Assert.Contains("already taken", await clash.Content.ReadAsStringAsync(Ct));

        var added = await client.SubmitAsync("/admin/users/add", Field("username", username), Field("email", $"{username}@example.com"),
            Field("password1", AdminHost.Password), Field("password2", AdminHost.Password), ("save", "continue"));
        var user = await host.QueryAsync(db => db.Users.SingleAsync(u => u.Username == username, Ct));
        Assert.Equal($"/admin/users/{user.Id}/change", added.Headers.Location!.OriginalString);
        Assert.False(user.IsStaff);
        using var api = host.CreateApiClient();
        Assert.NotNull(await ApiLoginAsync(api, username, AdminHost.Password));
        Assert.True(await host.QueryAsync(db => db.AdminLog.AnyAsync(e => e.Model == "users" && e.ObjectId == user.Id.ToString(), Ct)));
    }

    [Fact]
    public async Task A_taken_username_is_reported_on_the_username_and_a_taken_email_on_the_email()
    {
        var client = await host.LoggedInClientAsync();
        var taken = await host.CreateUserAsync();
        var username = Unique.Name("new");

        var nameClash = await client.SubmitAsync("/admin/users/add", Field("username", taken.Username.ToUpperInvariant()), Field("email", $"{username}@example.com"),
            Field("password1", AdminHost.Password), Field("password2", AdminHost.Password));
        var emailClash = await client.SubmitAsync("/admin/users/add", Field("username", username), Field("email", taken.Email.ToUpperInvariant()),
            Field("password1", AdminHost.Password), Field("password2", AdminHost.Password));

        var nameHtml = await nameClash.Content.ReadAsStringAsync(Ct);
        Assert.Contains("field-username errors", nameHtml);
        Assert.DoesNotContain("field-email errors", nameHtml);
        Assert.Contains("That username is already taken.", nameHtml);
        var emailHtml = await emailClash.Content.ReadAsStringAsync(Ct);
        Assert.Contains("field-email errors", emailHtml);
        Assert.DoesNotContain("field-username errors", emailHtml);
        Assert.Contains("That email address is already taken.", emailHtml);
        Assert.False(await host.QueryAsync(db => db.Users.AnyAsync(u => u.Username == username, Ct)));
    }

    [Fact]
    public async Task The_change_password_page_sets_a_new_password_that_logs_in_and_the_old_one_no_longer_does()
    {
        var client = await host.LoggedInClientAsync();
        var user = await host.CreateUserAsync();
        var url = $"/admin/users/{user.Id}/password";
        Assert.Contains(url, await client.GetHtmlAsync($"/admin/users/{user.Id}/change"));

        var mismatch = await client.SubmitAsync(url, Field("password1", "new-password-1"), Field("password2", "new-password-2"));
        Assert.Contains("didn’t match", WebUtility.HtmlDecode(await mismatch.Content.ReadAsStringAsync(Ct)));
        var tooShort = await client.SubmitAsync(url, Field("password1", "short"), Field("password2", "short"));
        Assert.Contains("Must be 8 to 128 characters.", await tooShort.Content.ReadAsStringAsync(Ct));

        var changed = await client.SubmitAsync(url, Field("password1", "new-password-1"), Field("password2", "new-password-1"));

        Assert.Contains("Changed password.", await client.FollowAsync(changed));
        using var api = host.CreateApiClient();
        Assert.Null(await ApiLoginAsync(api, user.Username, AdminHost.Password));
        Assert.NotNull(await ApiLoginAsync(api, user.Username, "new-password-1"));
    }

    [Fact]
    public async Task A_new_password_ends_the_users_admin_and_site_sessions_and_no_one_elses()
    {
        var superuser = await host.LoggedInClientAsync();
        var user = await host.CreateUserAsync(staff: true);
        var bystander = await host.CreateUserAsync(staff: true);
        using var userAdmin = host.CreateAdminClient();
        using var bystanderAdmin = host.CreateAdminClient();
        using var userSite = new SiteClient(host);
        await userAdmin.LoginOkAsync(user.Username);
        await bystanderAdmin.LoginOkAsync(bystander.Username);
        await userSite.LoginOkAsync(user.Username);
        await userAdmin.GetHtmlAsync("/admin");
        Assert.Contains("Logged in as", await userSite.GetHtmlAsync("/"));

        var changed = await superuser.SubmitAsync($"/admin/users/{user.Id}/password", Field("password1", "new-password-1"), Field("password2", "new-password-1"));
        Assert.Contains("Changed password.", await superuser.FollowAsync(changed));

        var admin = await userAdmin.Http.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.Redirect, admin.StatusCode);
        Assert.StartsWith("/admin/login", admin.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("Logged in as", await userSite.GetHtmlAsync("/"));
        await bystanderAdmin.GetHtmlAsync("/admin");
        await superuser.GetHtmlAsync("/admin");

        await userAdmin.LoginAsync(user.Username, "new-password-1");
        await userAdmin.GetHtmlAsync("/admin");
    }

    [Fact]
    public async Task Deactivating_stops_the_api_login_and_tokens_and_the_active_box_restores_them()
    {
        var client = await host.LoggedInClientAsync();
        var user = await host.CreateUserAsync();
        using var api = host.CreateApiClient();
        var token = await ApiLoginAsync(api, user.Username, AdminHost.Password);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(api, token!)).StatusCode);

        var confirm = await client.PostFormAsync("/admin/users", "/admin/users", ("action", "deactivate"), ("selected", user.Id.ToString()));
        var page = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Contains("API tokens stop working", page);
        var done = await client.PostAsync("/admin/users", ("action", "deactivate"), ("selected", user.Id.ToString()), ("confirmed", "true"),
            ("__RequestVerificationToken", Token(page)));
        Assert.Contains("Successfully deactivated 1 user.", await client.FollowAsync(done));

        Assert.Null(await ApiLoginAsync(api, user.Username, AdminHost.Password));
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(api, token!)).StatusCode);

        var url = $"/admin/users/{user.Id}/change";
        var reactivated = await client.SubmitAsync(url, Field("is_active", "true"));
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(api, token!)).StatusCode);
        var message = await host.QueryAsync(db => db.AdminLog.Where(e => e.Model == "users" && e.ObjectId == user.Id.ToString())
            .OrderBy(e => e.Id).Select(e => e.ChangeMessage).ToListAsync(Ct));
        Assert.Equal(["Deactivated by the action “Deactivate selected users”.", "Changed Active."], message);
    }

    [Fact]
    public async Task The_staff_action_and_the_staff_box_open_the_admin_to_the_user()
    {
        var client = await host.LoggedInClientAsync();
        var viaAction = await host.CreateUserAsync();
        var viaForm = await host.CreateUserAsync();
        using var other = host.CreateAdminClient();
        Assert.Contains("not a staff account", await (await other.LoginAsync(viaAction.Username)).Content.ReadAsStringAsync(Ct));

        var confirm = await client.PostFormAsync("/admin/users", "/admin/users", ("action", "make_staff"), ("selected", viaAction.Id.ToString()));
        await client.PostAsync("/admin/users", ("action", "make_staff"), ("selected", viaAction.Id.ToString()), ("confirmed", "true"),
            ("__RequestVerificationToken", Token(await confirm.Content.ReadAsStringAsync(Ct))));
        var form = await client.SubmitAsync($"/admin/users/{viaForm.Id}/change", Field("is_active", "true"), Field("is_staff", "true"));

        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        await other.LoginOkAsync(viaAction.Username);
        using var third = host.CreateAdminClient();
        await third.LoginOkAsync(viaForm.Username);
    }

    [Fact]
    public async Task The_list_filters_by_flags_with_counts_searches_username_and_email_and_sorts_its_columns()
    {
        var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        var staff = await host.CreateUserAsync($"b_{word}", staff: true);
        var inactive = await host.CreateUserAsync($"a_{word}", active: false);
        var plain = await host.CreateUserAsync($"c_{word}");

        var all = await client.GetHtmlAsync($"/admin/users?q={word}");
        Assert.Contains("3 users", all);
        var staffFacets = Section(all, "<h3>By staff status</h3>");
        Assert.Contains("Yes <span class=\"count\">(1)</span>", staffFacets);
        Assert.Contains("No <span class=\"count\">(2)</span>", staffFacets);
        var activeFacets = Section(all, "<h3>By active</h3>");
        Assert.Contains("Yes <span class=\"count\">(2)</span>", activeFacets);
        Assert.Contains("No <span class=\"count\">(1)</span>", activeFacets);

        var onlyInactive = await client.GetHtmlAsync($"/admin/users?q={word}&is_active=false");
        Assert.Contains("1 user", onlyInactive);
        Assert.DoesNotContain(plain.Username, onlyInactive);

        var byEmail = await client.GetHtmlAsync($"/admin/users?q={Uri.EscapeDataString(plain.Email.ToUpperInvariant())}");
        Assert.Contains(plain.Username, byEmail);
        Assert.Contains("1 user", byEmail);

        var byName = await client.GetHtmlAsync($"/admin/users?q={word}");
        Assert.True(Order(byName, inactive.Username, staff.Username, plain.Username), "by username, a_ b_ c_");
        var byNameDown = await client.GetHtmlAsync($"/admin/users?q={word}&o=-username");
        Assert.True(Order(byNameDown, plain.Username, staff.Username, inactive.Username), "by -username, c_ b_ a_");
        var byStaff = await client.GetHtmlAsync($"/admin/users?q={word}&o=-is_staff");
        Assert.True(Order(byStaff, staff.Username, inactive.Username), "by -is_staff, the staff user first");
        var byJoined = await client.GetHtmlAsync($"/admin/users?q={word}&o=-joined");
        Assert.True(Order(byJoined, plain.Username, inactive.Username, staff.Username), "by -joined, the newest first");
    }

    [Fact]
    public async Task A_flag_that_is_not_a_boolean_saves_nothing_and_the_form_shows_the_boxes_as_sent()
    {
        var client = await host.LoggedInClientAsync();
        var user = await host.CreateUserAsync(staff: true);
        var url = $"/admin/users/{user.Id}/change";

        var response = await client.SubmitAsync(url, Field("is_active", "maybe"), Field("is_superuser", "true"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Please correct the error below.", html);
        Assert.Contains("“maybe” is not a valid boolean", html);
        // The staff box was sent unticked (absent) and the superuser box ticked: so they are shown, not as stored.
        Assert.Contains("id=\"id_is_staff\"", html);
        Assert.DoesNotContain("checked=\"checked\" id=\"id_is_staff\"", html);
        Assert.Contains("checked=\"checked\" id=\"id_is_superuser\"", html);
        var saved = await host.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => new { u.IsActive, u.IsStaff, u.IsSuperuser }).SingleAsync(Ct));
        Assert.Equal((true, true, false), (saved.IsActive, saved.IsStaff, saved.IsSuperuser));
    }

    private static bool Order(string html, params string[] names) =>
        names.Select(n => html.IndexOf($">{n}<", StringComparison.Ordinal)).ToList() is var at && at.All(i => i >= 0) && at.SequenceEqual(at.Order());

    /// <summary>The filter list under one heading of the change list's filter sidebar.</summary>
    private static string Section(string html, string heading)
    {
        var start = html.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has the filter heading {heading}");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    private static async Task<string?> ApiLoginAsync(HttpClient api, string username, string password)
    {
        var response = await api.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["password"] = password,
        }), Ct);
        if (response.StatusCode == HttpStatusCode.Unauthorized) return null;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("access_token").GetString();
    }

    private static Task<HttpResponseMessage> MeAsync(HttpClient api, string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return api.SendAsync(request, Ct);
    }
}
