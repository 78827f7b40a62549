using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class UserAdminTests(AdminHost host) : IClassFixture<AdminHost>
{
    [Fact]
    public async Task Deactivating_a_user_stops_their_api_login_and_their_tokens_and_activating_restores_them()
    {
        var client = await host.LoggedInClientAsync();
        var user = await host.CreateUserAsync();
        using var api = host.CreateApiClient();
        var token = await ApiLoginAsync(api, user.Username);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(api, token!)).StatusCode);

        var confirm = await client.PostFormAsync("/admin/users", "/admin/users", ("action", "deactivate"), ("selected", user.Id.ToString()));
        var page = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Are you sure?", page);
        Assert.Contains("API tokens stop working", page);
        var done = await client.PostAsync("/admin/users", ("action", "deactivate"), ("selected", user.Id.ToString()), ("confirmed", "true"),
            ("__RequestVerificationToken", AdminClient.Token(page)));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);

        Assert.False(await host.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => u.IsActive).SingleAsync(Ct)));
        Assert.Null(await ApiLoginAsync(api, user.Username));
        Assert.Equal(HttpStatusCode.Unauthorized, (await MeAsync(api, token!)).StatusCode);

        var reactivated = await client.PostFormAsync($"/admin/users/{user.Id}/change", $"/admin/users/{user.Id}/change", ("IsActive", "true"));
        Assert.Equal(HttpStatusCode.Redirect, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await MeAsync(api, token!)).StatusCode);
        Assert.NotNull(await ApiLoginAsync(api, user.Username));
    }

    [Fact]
    public async Task The_staff_flag_set_in_the_user_form_opens_the_admin_to_that_user()
    {
        var client = await host.LoggedInClientAsync();
        var user = await host.CreateUserAsync();
        using var other = host.CreateAdminClient();
        Assert.Contains("not a staff account", await (await other.LoginAsync(user.Username)).Content.ReadAsStringAsync(Ct));

        var response = await client.PostFormAsync($"/admin/users/{user.Id}/change", $"/admin/users/{user.Id}/change",
            ("IsActive", "true"), ("IsStaff", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await other.LoginOkAsync(user.Username);
    }

    [Fact]
    public async Task User_list_filters_by_staff_and_active_with_counts_and_searches_username_and_email()
    {
        var client = await host.LoggedInClientAsync();
        var word = Unique.Word();
        await host.CreateUserAsync(Unique.Name(word), staff: true);
        await host.CreateUserAsync(Unique.Name(word), active: false);
        var plain = await host.CreateUserAsync(Unique.Name(word));

        var all = await client.GetHtmlAsync($"/admin/users?q={word}");
        Assert.Contains("3 users", all);
        var staffFacets = Section(all, "<h3>By staff status</h3>");
        Assert.Contains("Yes <span class=\"count\">(1)</span>", staffFacets);
        Assert.Contains("No <span class=\"count\">(2)</span>", staffFacets);
        var activeFacets = Section(all, "<h3>By active</h3>");
        Assert.Contains("Yes <span class=\"count\">(2)</span>", activeFacets);
        Assert.Contains("No <span class=\"count\">(1)</span>", activeFacets);

        var inactive = await client.GetHtmlAsync($"/admin/users?q={word}&is_active=false");
        Assert.Contains("1 user", inactive);
        Assert.DoesNotContain(plain.Username, inactive);

        var byEmail = await client.GetHtmlAsync($"/admin/users?q={Uri.EscapeDataString(plain.Email.ToUpperInvariant())}");
        Assert.Contains(plain.Username, byEmail);
        Assert.Contains("1 user", byEmail);
    }

    /// <summary>The filter list under one heading of the change list's filter sidebar.</summary>
    private static string Section(string html, string heading)
    {
        var start = html.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, $"the page has the filter heading {heading}");
        var end = html.IndexOf("</ul>", start, StringComparison.Ordinal);
        Assert.True(end > start, $"the filter {heading} has a list");
        return html[start..end];
    }

    private static async Task<string?> ApiLoginAsync(HttpClient api, string username)
    {
        var response = await api.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["password"] = AdminHost.Password,
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
