using Blog.Hosting.Auth;
using Microsoft.AspNetCore.Authorization;

namespace MvcControllers.Api.Permissions;

/// <summary>The API's permission classes as authorization policies, named after their DRF counterparts.</summary>
public static class ApiPermissions
{
    /// <summary>Anyone may read; writing needs an authenticated user (a 401 challenge otherwise) whose API key, if any, may write.</summary>
    public const string IsAuthenticatedOrReadOnly = nameof(IsAuthenticatedOrReadOnly);

    /// <summary>An object permission, checked by the write actions: only its author may change it (a 403 otherwise).</summary>
    public const string IsAuthorOrReadOnly = nameof(IsAuthorOrReadOnly);

    public static IServiceCollection AddPermissions(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationHandler, AuthorOrReadOnlyHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(IsAuthenticatedOrReadOnly, policy => policy.AddRequirements(new AuthenticatedOrReadOnlyRequirement(), ApiKeyPolicies.ScopeCovers))
            .AddPolicy(IsAuthorOrReadOnly, policy => policy.AddRequirements(new AuthorOrReadOnlyRequirement()));
        return services;
    }
}
