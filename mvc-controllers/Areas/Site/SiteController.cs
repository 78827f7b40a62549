using Microsoft.AspNetCore.Mvc;
using MvcControllers.Web;

namespace MvcControllers.Areas.Site;

/// <summary>The base of every page of the public site (the Site area, ≈ a Django app with its own views and templates).</summary>
[Area(Name)]
[SecurityHeaders]
public abstract class SiteController : Controller
{
    public const string Name = "Site";

    /// <summary>The site's own 404 page, for an unknown or unpublished post.</summary>
    protected ViewResult NotFoundPage()
    {
        var page = View("NotFound");
        page.StatusCode = StatusCodes.Status404NotFound;
        return page;
    }
}
