using Hangfire.Dashboard;
using Microsoft.AspNetCore.Authentication;
using MvcControllers.Areas.Admin.Auth;

namespace MvcControllers.Areas.Admin.Jobs;

/// <summary>
/// Hangfire's own gate in front of its dashboard (in place of its default, local requests only): a staff member's
/// admin session, read from the admin's cookie scheme. The route's Staff policy already redirected anyone else to
/// the login; this keeps the dashboard closed should it ever be mapped without that policy.
/// </summary>
public sealed class StaffDashboardAuthorization : IDashboardAsyncAuthorizationFilter
{
    public async Task<bool> AuthorizeAsync(DashboardContext context)
    {
        var session = await context.GetHttpContext().AuthenticateAsync(AdminAuth.Scheme);
        return session.Succeeded && session.Principal.HasClaim(AdminAuth.StaffClaim, "true");
    }
}
