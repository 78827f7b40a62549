namespace MvcControllers.Areas.Admin.Auth;

/// <summary>The admin site's own cookie session, kept apart from the API's bearer scheme (which stays the default).</summary>
public static class AdminAuth
{
    public const string Scheme = "AdminCookie";
    public const string StaffPolicy = "Staff";
    public const string StaffClaim = "is_staff";
    public const string SuperuserClaim = "is_superuser";
    public const string LoginPath = "/admin/login";
}
