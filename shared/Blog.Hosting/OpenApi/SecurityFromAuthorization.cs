using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Blog.Hosting.OpenApi;

/// <summary>
/// An operation needs a token exactly when its endpoint's authorization refuses an anonymous caller using that
/// method (so a read-only-for-anonymous permission leaves its GETs open); only those carry the OAuth2 requirement.
/// </summary>
public sealed class SecurityFromAuthorization : IOpenApiOperationTransformer
{
    public const string Scheme = "oauth2";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Security = await AnonymousRefusedAsync(metadata, context.Description.HttpMethod ?? "GET", context.ApplicationServices)
            ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }]
            : [];
    }

    private static async Task<bool> AnonymousRefusedAsync(IList<object> metadata, string method, IServiceProvider services)
    {
        if (metadata.OfType<IAllowAnonymous>().Any()) return false;
        var policy = await AuthorizationPolicy.CombineAsync(
            services.GetRequiredService<IAuthorizationPolicyProvider>(),
            metadata.OfType<IAuthorizeData>(),
            metadata.OfType<AuthorizationPolicy>());
        if (policy is null) return false;
        var request = new DefaultHttpContext { RequestServices = services };
        request.Request.Method = method;
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity());
        return !(await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(anonymous, request, policy)).Succeeded;
    }
}
