using MvcControllers.Areas.Admin.Jobs;

namespace MvcControllers.Web;

/// <summary>
/// The headers of the HTML side (beside nosniff and Referrer-Policy, which every answer carries: the shared
/// <c>UseBlogResponseHeaders</c>): no framing (clickjacking), and a Content-Security-Policy that
/// lets a page load only this site's own scripts and styles — none inline, so an injected script does not run.
/// Sent on every response under /admin (redirects, errors and 404s without a route included) and on the endpoints
/// marked <see cref="SecurityHeadersAttribute"/> (the public site's pages); the JSON API's responses are left alone.
/// </summary>
// Django: SecurityMiddleware (SECURE_CONTENT_TYPE_NOSNIFF) + XFrameOptionsMiddleware (X_FRAME_OPTIONS = "DENY").
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Goes first, so that the exception handler's and the status code pages' responses carry them too.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/admin")
                || context.GetEndpoint()?.Metadata.GetMetadata<SecurityHeadersAttribute>() is not null)
            {
                // Chosen now: the dashboard moves its path into PathBase before the answer starts.
                var policy = context.Request.Path.StartsWithSegments(JobsDashboard.Path)
                    ? JobsDashboard.ContentSecurityPolicy
                    : ContentSecurityPolicy;
                // On starting, so they also replace the SAMEORIGIN that antiforgery writes beside a new token.
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.XFrameOptions = "DENY";
                    headers.ContentSecurityPolicy = policy;
                    return Task.CompletedTask;
                });
            }
            return next(context);
        });
}
