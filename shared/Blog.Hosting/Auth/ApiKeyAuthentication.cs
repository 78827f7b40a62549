using System.Security.Claims;
using Blog.Hosting.Live;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.Auth;

/// <summary>
/// The third way to authenticate, beside the bearer token and the admin's session: <c>Authorization: ApiKey &lt;key&gt;</c>
/// (≈ DRF's <c>TokenAuthentication</c>). The hosts' default scheme becomes a policy scheme that hands a request with
/// an ApiKey header to <see cref="ApiKeyHandler"/> and every other one to the JWT bearer handler, so a request
/// without credentials is still challenged with <c>Bearer</c>. A key is read from that header only, never from a URL,
/// and never on the hub (<see cref="HubAccessToken"/>): there it is refused like a bad token.
/// </summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string ScopeClaim = "scope";
    private const string BearerOrApiKey = nameof(BearerOrApiKey);

    public static AuthenticationBuilder AddBlogApiKeys(this AuthenticationBuilder authentication)
    {
        authentication.Services.Configure<AuthenticationOptions>(options => options.DefaultScheme = BearerOrApiKey);
        authentication.Services.AddAuthorizationBuilder().AddApiKeyScopes();
        return authentication
            .AddScheme<AuthenticationSchemeOptions, ApiKeyHandler>(Scheme, displayName: null, _ => { })
            .AddPolicyScheme(BearerOrApiKey, displayName: null, options => options.ForwardDefaultSelector =
                context => SentApiKey(context.Request) && !HubAccessToken.IsHubRequest(context.Request) ? Scheme : JwtBearerDefaults.AuthenticationScheme);
    }

    /// <summary>Whether the request's Authorization header names the ApiKey scheme (in any letter case, like Bearer).</summary>
    public static bool SentApiKey(HttpRequest request) =>
        request.Headers.Authorization is [{ } value] && KeyIn(value) is not null;

    /// <summary>The key of an <c>ApiKey &lt;key&gt;</c> header value, or null for another scheme.</summary>
    public static string? KeyIn(string headerValue)
    {
        var value = headerValue.AsSpan().Trim();
        return value.Length > Scheme.Length && value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) && value[Scheme.Length] == ' '
            ? value[(Scheme.Length + 1)..].Trim().ToString()
            : null;
    }

    /// <summary>Whether the caller was authenticated by an API key (not a token or a session).</summary>
    public static bool ByApiKey(this ClaimsPrincipal user) => user.Identity is { IsAuthenticated: true, AuthenticationType: Scheme };

    /// <summary>The scope of the caller's API key; null for a caller authenticated otherwise.</summary>
    public static string? ApiKeyScope(this ClaimsPrincipal user) => user.ByApiKey() ? user.FindFirst(ScopeClaim)?.Value : null;
}
