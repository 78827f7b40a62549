namespace MvcControllers.Areas.Site.Auth;

/// <summary>
/// The public site's own cookie session, apart from the admin's (staff only, under /admin) and from the API's bearer
/// scheme (which stays the default): any active user may log in to comment.
/// </summary>
public static class SiteAuth
{
    public const string Scheme = "SiteCookie";
    public const string ReaderPolicy = "Reader";
    public const string CookieName = "blog_session";
    public const string LoginPath = "/accounts/login";
}
