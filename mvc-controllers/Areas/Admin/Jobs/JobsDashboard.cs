using Hangfire;
using MvcControllers.Areas.Admin.Auth;

namespace MvcControllers.Areas.Admin.Jobs;

/// <summary>
/// The Hangfire dashboard (≈ Celery's Flower) at /admin/jobs, an admin page like the others: behind the Staff policy
/// (anyone else is redirected to /admin/login) and under the admin's security headers. It shows the queue every host
/// shares on PostgreSQL.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    /// <summary>
    /// The admin's policy, and what the dashboard needs beside it, checked in Chromium: its favicon is a data: URL,
    /// and its chart library (Chart.js) adds one fixed style element, allowed by its hash. No inline script.
    /// </summary>
    public const string ContentSecurityPolicy = Web.SecurityHeaders.ContentSecurityPolicy +
        "; img-src 'self' data:; style-src 'self' 'sha256-z7zcnw/4WalZqx+PrNaRnoeLz/G9WXuFqV1WCJ129sg='";

    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder app) =>
        app.MapHangfireDashboard(Path, new DashboardOptions
            {
                AppPath = "/admin/",
                DashboardTitle = "Blog jobs",
                DisplayStorageConnectionString = false,
                Authorization = [],
                AsyncAuthorization = [new StaffDashboardAuthorization()],
            }, app.ServiceProvider.GetRequiredService<JobStorage>())
            .RequireAuthorization(AdminAuth.StaffPolicy);
}
