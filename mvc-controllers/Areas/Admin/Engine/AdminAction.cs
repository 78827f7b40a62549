using Blog.Data.AdminLog;

namespace MvcControllers.Areas.Admin.Engine;

/// <summary>
/// An entry of <c>actions</c>: what the change list's action menu offers for the ticked rows. <see cref="Run"/> changes
/// every row it is given in one statement and says how many it changed; each object changed gets an entry in the admin log.
/// </summary>
public sealed record AdminAction<T>(string Name, string Label, string PastTense, Func<AdminRequest, IQueryable<T>, Task<int>> Run)
{
    /// <summary>Said on the confirmation page, above the list.</summary>
    public string? Warning { get; init; }

    public LogAction LogAs { get; init; } = LogAction.Change;

    /// <summary>Django's <c>@admin.action(permissions=["change"])</c>: whether the user may run it.</summary>
    public Func<AdminPermissions, AdminUser, bool> Allowed { get; init; } = (permissions, _) => permissions.Change;
}
