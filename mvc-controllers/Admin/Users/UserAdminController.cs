using Blog.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Admin.Auth;
using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Users;

/// <summary>
/// /admin/users: list, activate/deactivate, staff flag. A deactivated user can no longer log in anywhere, and the
/// shared bearer check refuses their tokens on every host.
/// </summary>
[Route("admin/users")]
public sealed class UserAdminController(BlogDbContext db) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> ChangeList(
        string? q, [FromQuery(Name = "is_staff")] bool? isStaff, [FromQuery(Name = "is_active")] bool? isActive, int? p,
        CancellationToken cancellationToken) =>
        AdminView("Users/ChangeList", await UserChangeList.LoadAsync(db, UserFilters.From(q, isStaff, isActive, p), cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Action(
        string? action, List<int> selected, bool confirmed, string? returnQuery, CancellationToken cancellationToken)
    {
        var back = BackTo("/admin/users", returnQuery);
        var bulk = UserAdmin.Actions.FirstOrDefault(a => a.Name == action);
        if (bulk is null || selected.Count == 0)
        {
            Flash(bulk is null ? "No action selected." : "Items must be selected in order to perform actions on them. No items have been changed.");
            return LocalRedirect(back);
        }
        var users = db.Users.Where(u => selected.Contains(u.Id));
        if (!confirmed)
        {
            var items = await users.OrderBy(u => u.NormalizedUsername)
                .Select(u => new ConfirmAction.Item(u.Id, u.Username, u.Email)).ToListAsync(cancellationToken);
            if (items.Count == 0)
            {
                Flash(NothingFound);
                return LocalRedirect(back);
            }
            var warning = bulk == UserAdmin.Deactivate
                ? "Deactivated users can no longer log in, and their API tokens stop working at once."
                : null;
            return AdminView("ConfirmAction", new ConfirmAction(bulk, "users", "/admin/users", back["/admin/users".Length..], items, warning));
        }
        var active = bulk == UserAdmin.Activate;
        var changed = await users.ExecuteUpdateAsync(set => set.SetProperty(u => u.IsActive, active), cancellationToken);
        Flash(changed == 0 ? NothingFound : $"Successfully {bulk.PastTense} {changed} user{(changed == 1 ? "" : "s")}.");
        return LocalRedirect(back);
    }

    [HttpGet("{id:int}/change")]
    public async Task<IActionResult> Change(int id, CancellationToken cancellationToken)
    {
        var page = await PageAsync(id, cancellationToken);
        return page is null ? AdminNotFound("user") : AdminView("Users/Form", page);
    }

    [HttpPost("{id:int}/change")]
    public async Task<IActionResult> Change(int id, UserForm form, string? save, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A flag that is not a boolean: nothing is saved; the form shows what is stored, with the error, as a 400.
            var page = await PageAsync(id, cancellationToken);
            if (page is null) return AdminNotFound("user");
            var invalid = AdminView("Users/Form", page);
            invalid.StatusCode = StatusCodes.Status400BadRequest;
            return invalid;
        }
        var changed = await db.Users.Where(u => u.Id == id).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.IsActive, form.IsActive)
            .SetProperty(u => u.IsStaff, form.IsStaff), cancellationToken);
        if (changed == 0) return AdminNotFound("user");
        Flash(id == User.UserId() && !(form.IsActive && form.IsStaff)
            ? "Your own account is no longer active staff: this session has ended."
            : "The user was changed successfully.");
        return LocalRedirect(save == "continue" ? $"/admin/users/{id}/change" : "/admin/users");
    }

    private async Task<UserFormPage?> PageAsync(int id, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UserFormPage(
                new UserRow(u.Id, u.Username, u.Email, u.IsStaff, u.IsActive, u.CreatedAt),
                new UserForm { IsActive = u.IsActive, IsStaff = u.IsStaff },
                db.Posts.Count(p => p.AuthorId == u.Id)))
            .SingleOrDefaultAsync(cancellationToken);
}
