using System.Security.Claims;
using Blog.Domain.ApiKeys;
using Blog.Hosting.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// An operation needs a token exactly when its endpoint's authorization refuses an anonymous caller using that
/// method (so a read-only-for-anonymous permission leaves its GETs open); only those carry the OAuth2 requirement,
/// and beside it, as the alternative, the ApiKey requirement when a write key passes that authorization too.
/// </summary>
public sealed class SecurityFromAuthorization : IOpenApiOperationTransformer
{
    public const string Scheme = "oauth2";
    public const string ApiKeyScheme = ApiKeyAuthentication.Scheme;

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var method = context.Description.HttpMethod ?? "GET";
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        if (!await RefusedAsync(anonymous, metadata, method, context.ApplicationServices))
        {
            operation.Security = [];
            return;
        }
        operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }];
        var writeKey = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ApiKeyAuthentication.ScopeClaim, ApiKeyScopes.Write)], ApiKeyScheme));
        if (!await RefusedAsync(writeKey, metadata, method, context.ApplicationServices))
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKeyScheme, context.Document)] = [] });
    }

    /// <summary>Whether the operation refuses <paramref name="user"/>, or has no authorization at all (false).</summary>
    private static async Task<bool> RefusedAsync(ClaimsPrincipal user, IList<object> metadata, string method, IServiceProvider services)
    {
        if (metadata.OfType<IAllowAnonymous>().Any()) return false;
        var policy = await AuthorizationPolicy.CombineAsync(
            services.GetRequiredService<IAuthorizationPolicyProvider>(),
            metadata.OfType<IAuthorizeData>(),
            metadata.OfType<AuthorizationPolicy>());
        if (policy is null) return false;
        var request = new DefaultHttpContext { RequestServices = services };
        request.Request.Method = method;
        return !(await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(user, request, policy)).Succeeded;
    }
}
