namespace MvcControllers.Areas.Admin.Engine;

/// <summary>What one user may do with one model (Django's has_view/add/change/delete_permission).</summary>
public sealed record AdminPermissions(bool View, bool Add, bool Change, bool Delete)
{
    public static readonly AdminPermissions None = new(false, false, false, false);
}
