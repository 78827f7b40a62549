using Microsoft.AspNetCore.Authorization;

namespace Blog.Hosting.Auth;

/// <summary>
/// The authorization side of API keys. The default policy (what a bare <c>RequireAuthorization()</c> or
/// <c>[Authorize]</c> asks) needs an authenticated caller whose key, if any, covers the request; <see cref="BearerOnly"/>
/// refuses every key (a key cannot make keys). A host's own policies add <see cref="ScopeCovers"/> to theirs.
/// </summary>
public static class ApiKeyPolicies
{
    public const string BearerOnly = nameof(BearerOnly);

    public static readonly ApiKeyScopeRequirement ScopeCovers = new(keysAllowed: true);

    public static AuthorizationBuilder AddApiKeyScopes(this AuthorizationBuilder authorization) => authorization
        .SetDefaultPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(ScopeCovers).Build())
        .AddPolicy(BearerOnly, policy => policy.RequireAuthenticatedUser().AddRequirements(new ApiKeyScopeRequirement(keysAllowed: false)));
}
