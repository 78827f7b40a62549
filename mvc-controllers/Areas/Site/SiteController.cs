using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using MvcControllers.Areas.Site.Auth;
using MvcControllers.Areas.Site.Routing;
using MvcControllers.Web;

namespace MvcControllers.Areas.Site;

/// <summary>
/// The base of every page of the public site (the Site area, ≈ a Django app with its own views and templates). Its
/// routes exist only for requests that accept HTML: an API client sees the API alone, as on the other hosts. The
/// site's cookie alone says who the reader is — an API bearer token never does, nor the admin's cookie — and a page
/// needs a logged-in reader unless it allows anonymous ones; every unsafe request must carry its form's antiforgery
/// token (≈ <c>CsrfViewMiddleware</c>), or gets the <see cref="CsrfFailurePageAttribute"/> page.
/// </summary>
[Area(Name)]
[HtmlOnly]
[SecurityHeaders]
[Authorize(Policy = SiteAuth.ReaderPolicy)]
[AutoValidateAntiforgeryToken]
[CsrfFailurePage]
public abstract class SiteController : Controller
{
    public const string Name = "Site";

    /// <summary>The site's own 404 page, for an unknown or unpublished post or tag.</summary>
    protected ViewResult NotFoundPage()
    {
        var page = View("NotFound");
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
