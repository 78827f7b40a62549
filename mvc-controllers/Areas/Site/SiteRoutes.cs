namespace MvcControllers.Areas.Site;

/// <summary>The names of the site's routes, for links and redirects (≈ <c>{% url 'blog:post_detail' slug %}</c>).</summary>
public static class SiteRoutes
{
    public const string Home = "site:home";
    public const string Post = "site:post";
    public const string Tag = "site:tag";
    public const string Login = "site:login";
    public const string Logout = "site:logout";
}
