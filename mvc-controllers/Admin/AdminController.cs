using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MvcControllers.Admin.Auth;

namespace MvcControllers.Admin;

/// <summary>
/// The base of every admin page: the admin cookie alone authenticates it (an API bearer token never does), only
/// active staff pass, and every unsafe request must carry the antiforgery token of its form.
/// </summary>
[Authorize(AuthenticationSchemes = AdminAuth.Scheme, Policy = AdminAuth.StaffPolicy)]
[AutoValidateAntiforgeryToken]
public abstract class AdminController : Controller
{
    private const string MessageKey = "admin_message";

    /// <summary>A one-time message shown on the next page, like Django's messages framework.</summary>
    protected void Flash(string message) => TempData[MessageKey] = message;

    public static string? TakeMessage(Microsoft.AspNetCore.Mvc.ViewFeatures.ITempDataDictionary tempData) =>
        tempData[MessageKey] as string;

    /// <summary>
    /// The change list to go back to after a bulk action: <paramref name="listUrl"/> plus the list's query string as
    /// the form sent it, which is kept only when it is a query (starts with '?') of printable ASCII — anything else
    /// (a CR or LF would break the Location header) is ignored.
    /// </summary>
    protected static string BackTo(string listUrl, string? returnQuery) =>
        returnQuery is { Length: > 0 } && returnQuery[0] == '?' && returnQuery.All(c => c is >= '!' and <= '~')
            ? listUrl + returnQuery
            : listUrl;

    protected const string NothingFound = "No items found: the selected items no longer exist. No items have been changed.";

    protected ViewResult AdminView(string name, object? model = null) => View($"~/Views/Admin/{name}.cshtml", model);

    protected ViewResult AdminNotFound(string modelName)
    {
        var page = AdminView("NotFound", modelName);
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
