using Blog.Domain.ApiKeys;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Auth;

/// <summary>
/// A caller authenticated otherwise than by an API key always passes; a key passes when its scope covers the request's
/// method, and never where <see cref="KeysAllowed"/> is false (managing API keys). A key that fails is forbidden (403).
/// </summary>
public sealed class ApiKeyScopeRequirement(bool keysAllowed)
    : AuthorizationHandler<ApiKeyScopeRequirement, HttpContext>, IAuthorizationRequirement
{
    public bool KeysAllowed { get; } = keysAllowed;

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ApiKeyScopeRequirement requirement, HttpContext http)
    {
        if (context.User.ApiKeyScope() is not { } scope
            || (requirement.KeysAllowed && ApiKeyScopes.Covers(scope, http.Request.Method)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}
