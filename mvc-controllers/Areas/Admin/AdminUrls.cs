using Microsoft.AspNetCore.Mvc;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin;

/// <summary>The admin's URLs from its named routes: <c>Url.AdminChange("posts", 3)</c> ≈ <c>{% url 'admin:blog_post_change' 3 %}</c>.</summary>
public static class AdminUrls
{
    public static string AdminIndex(this IUrlHelper url) => Route(url, AdminRoutes.Index, null);

    public static string AdminLogin(this IUrlHelper url) => Route(url, AdminRoutes.Login, null);

    public static string AdminLogout(this IUrlHelper url) => Route(url, AdminRoutes.Logout, null);

    public static string AdminChangeList(this IUrlHelper url, string model, ChangeListParams? query = null) =>
        Route(url, AdminRoutes.ChangeList, new { model }) + (query?.QueryString ?? "");

    public static string AdminAdd(this IUrlHelper url, string model) => Route(url, AdminRoutes.Add, new { model });

    public static string AdminChange(this IUrlHelper url, string model, object id) => Route(url, AdminRoutes.Change, new { model, id });

    public static string AdminDelete(this IUrlHelper url, string model, object id) => Route(url, AdminRoutes.Delete, new { model, id });

    public static string AdminHistory(this IUrlHelper url, string model, object id) => Route(url, AdminRoutes.History, new { model, id });

    public static string AdminObjectPage(this IUrlHelper url, string model, object id, string page) =>
        Route(url, AdminRoutes.ObjectPage, new { model, id, page });

    private static string Route(IUrlHelper url, string name, object? values) =>
        url.RouteUrl(name, values) ?? throw new InvalidOperationException($"The admin route {name} is not mapped.");
}
