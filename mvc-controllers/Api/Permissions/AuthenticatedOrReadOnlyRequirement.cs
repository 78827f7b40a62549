using Microsoft.AspNetCore.Authorization;

namespace MvcControllers.Api.Permissions;

/// <summary>DRF's IsAuthenticatedOrReadOnly: safe methods pass, others need an authenticated user.</summary>
public sealed class AuthenticatedOrReadOnlyRequirement : AuthorizationHandler<AuthenticatedOrReadOnlyRequirement, HttpContext>, IAuthorizationRequirement
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, AuthenticatedOrReadOnlyRequirement requirement, HttpContext http)
    {
        if (SafeMethods.Contains(http.Request.Method) || context.User.Identity?.IsAuthenticated == true)
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
