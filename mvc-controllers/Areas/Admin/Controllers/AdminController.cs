using Blog.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using MvcControllers.Areas.Admin.Auth;
using MvcControllers.Areas.Admin.Engine;
using MvcControllers.Web;

namespace MvcControllers.Areas.Admin.Controllers;

/// <summary>
/// The base of every admin page: the admin cookie alone authenticates it (an API bearer token never does), only
/// active staff pass, every unsafe request must carry the antiforgery token of its form (or gets the
/// <see cref="CsrfFailurePageAttribute"/> page), and its views are found by the area's convention
/// (<c>Areas/Admin/Views/{controller}/{view}.cshtml</c>, then <c>Areas/Admin/Views/Shared/</c>).
/// </summary>
[Area(AdminRoutes.Area)]
[Authorize(AuthenticationSchemes = AdminAuth.Scheme, Policy = AdminAuth.StaffPolicy)]
[AutoValidateAntiforgeryToken]
[CsrfFailurePage]
public abstract class AdminController : Controller
{
    private const string MessageKey = "admin_message";

    /// <summary>A one-time message shown on the next page, like Django's messages framework.</summary>
    protected void Flash(string message) => TempData[MessageKey] = message;

    public static string? TakeMessage(ITempDataDictionary tempData) => tempData[MessageKey] as string;

    protected AdminRequest AdminRequest(CancellationToken cancellationToken) => new(
        HttpContext.RequestServices.GetRequiredService<BlogDbContext>(), User.AdminUser(), HttpContext.RequestServices, cancellationToken);

    /// <summary>The admin's 404 page: "There is no post with that id".</summary>
    protected ViewResult NotFoundPage(string what)
    {
        var page = View("NotFound", what);
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }

    /// <summary>Django's PermissionDenied: a 403 page for a staff user who may not do this.</summary>
    protected ViewResult PermissionDenied()
    {
        var page = View("PermissionDenied");
        page.StatusCode = StatusCodes.Status403Forbidden;
        return page;
    }
}
