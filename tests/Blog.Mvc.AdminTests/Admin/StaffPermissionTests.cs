using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using static Blog.Mvc.AdminTests.Support.AdminClient;

namespace Blog.Mvc.AdminTests.Admin;

public sealed class StaffPermissionsOnSqlite(AdminHost host) : StaffPermissionTests(host), IClassFixture<AdminHost>;

public sealed class StaffPermissionsOnPostgres(PostgresAdminHost host) : StaffPermissionTests(host), IClassFixture<PostgresAdminHost>;

/// <summary>Django's permissions: staff may enter and edit the blog's content; only superusers see and change users.</summary>
public abstract class StaffPermissionTests(AdminHost host)
{
    [Fact]
    public async Task A_staff_user_without_superuser_rights_does_not_see_the_users()
    {
        using var client = await host.LoggedInClientAsync(superuser: false);
        var user = await host.CreateUserAsync();

        var index = await client.GetHtmlAsync("/admin");
        Assert.Contains("/admin/posts", index);
        Assert.Contains("/admin/comments", index);
        Assert.DoesNotContain("/admin/users", index);
        foreach (var url in new[] { "/admin/users", "/admin/users/add", $"/admin/users/{user.Id}/change", $"/admin/users/{user.Id}/password", $"/admin/users/{user.Id}/history" })
            Assert.True(HttpStatusCode.Forbidden == (await client.Http.GetAsync(url, Ct)).StatusCode, $"GET {url} is forbidden");
    }

    [Fact]
    public async Task A_staff_user_cannot_make_anyone_staff_or_superuser_nor_deactivate_them()
    {
        using var client = await host.LoggedInClientAsync(superuser: false);
        var user = await host.CreateUserAsync();
        var token = Token(await client.GetHtmlAsync("/admin/posts"));

        var change = await client.PostAsync($"/admin/users/{user.Id}/change",
            Field("is_active", "true"), Field("is_staff", "true"), Field("is_superuser", "true"), ("__RequestVerificationToken", token));
        var action = await client.PostAsync("/admin/users", ("action", "deactivate"), ("selected", user.Id.ToString()), ("confirmed", "true"),
            ("__RequestVerificationToken", token));
        var add = await client.PostAsync("/admin/users/add", Field("username", Unique.Name("sneaky")), Field("email", "sneaky@example.com"),
            Field("password1", AdminHost.Password), Field("password2", AdminHost.Password), ("__RequestVerificationToken", token));

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (change.StatusCode, action.StatusCode, add.StatusCode));
        var saved = await host.QueryAsync(db => db.Users.Where(u => u.Id == user.Id).Select(u => new { u.IsActive, u.IsStaff, u.IsSuperuser }).SingleAsync(Ct));
        Assert.Equal((true, false, false), (saved.IsActive, saved.IsStaff, saved.IsSuperuser));
        Assert.False(await host.QueryAsync(db => db.Users.AnyAsync(u => u.Email == "sneaky@example.com", Ct)));
    }

    [Fact]
    public async Task A_staff_user_edits_posts_and_runs_their_actions()
    {
        using var client = await host.LoggedInClientAsync(superuser: false);
        var post = await host.CreatePostAsync(await host.CreateUserAsync(), Unique.Word());

        var saved = await client.SubmitAsync($"/admin/posts/{post.Id}/change", Field("title", post.Title), Field("content", "by staff"), Field("status", "published"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(PostStatus.Published, await host.QueryAsync(db => db.Posts.Where(p => p.Id == post.Id).Select(p => p.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Superuser_rights_given_or_taken_away_apply_to_an_open_session_at_once()
    {
        var staff = await host.CreateUserAsync(staff: true);
        using var client = host.CreateAdminClient();
        await client.LoginOkAsync(staff.Username);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/users", Ct)).StatusCode);

        await SetSuperuserAsync(staff.Id, true);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/admin/users", Ct)).StatusCode);

        await SetSuperuserAsync(staff.Id, false);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync("/admin/users", Ct)).StatusCode);
    }

    private Task<int> SetSuperuserAsync(int id, bool value) =>
        host.QueryAsync(db => db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set.SetProperty(u => u.IsSuperuser, value), Ct));
}
