namespace MvcControllers.Web;

public static class StaticFiles
{
    /// <summary>
    /// wwwroot at /static (Django's <c>STATIC_URL</c>): the admin's files under /static/admin/, the public site's under
    /// /static/site/. Each is sent with <c>X-Content-Type-Options: nosniff</c> (as every answer is: the shared
    /// <c>UseBlogResponseHeaders</c>), so a browser runs a file only as the type it is served as.
    /// </summary>
    public static IApplicationBuilder UseStaticFilesAtStatic(this IApplicationBuilder app) =>
        app.UseStaticFiles(new StaticFileOptions { RequestPath = "/static" });
}
