namespace MvcControllers.Areas.Admin;

/// <summary>
/// The names of the admin's routes (≈ <c>{% url 'admin:…' %}</c>): every link and redirect is generated from these
/// with <see cref="AdminUrls"/>, never written out.
/// </summary>
public static class AdminRoutes
{
    public const string Area = "Admin";
    public const string Index = "admin:index";
    public const string Login = "admin:login";
    public const string Logout = "admin:logout";
    public const string ChangeList = "admin:changelist";
    public const string Add = "admin:add";
    public const string Change = "admin:change";
    public const string Delete = "admin:delete";
    public const string History = "admin:history";
    public const string ObjectPage = "admin:object_page";
}
