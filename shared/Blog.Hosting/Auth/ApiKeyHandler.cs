using System.Security.Claims;
using System.Text.Encodings.Web;
using Blog.Data.Auth;
using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Blog.Hosting.Auth;

/// <summary>
/// Authenticates <c>Authorization: ApiKey &lt;key&gt;</c> by one lookup of the key's hash, joined with its user's
/// <c>is_active</c>; nothing is cached, so a revoked key is refused at once on every instance. A refused key is 401
/// <c>WWW-Authenticate: ApiKey error="invalid_token"</c>; a key outside its scope 403 <c>error="insufficient_scope"</c>,
/// with <c>scope="write"</c> where a write key would pass.
/// A database that fails during the lookup is not caught here: the host's error path answers it (503).
/// </summary>
public sealed class ApiKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IApiKeyLookup keys, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string InvalidKey = "The API key is unknown, revoked or expired, or its user is deactivated.";
    public const string OutOfScope = "This API key does not allow this request: a read key only reads, and only a login (a bearer token) manages API keys.";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (Request.Headers.Authorization is not [{ } header] || ApiKeyAuthentication.KeyIn(header) is not { } key)
            return AuthenticateResult.NoResult();
        if (!ApiKeySecrets.IsWellFormed(key)) return AuthenticateResult.Fail("Not an API key.");
        var holder = await keys.FindAsync(ApiKeySecrets.Hash(key), Context.RequestAborted);
        if (holder is null) return AuthenticateResult.Fail("Unknown API key.");
        if (holder.ExpiresAt is { } expiresAt && expiresAt <= clock.GetUtcNow().UtcDateTime) return AuthenticateResult.Fail("Expired API key.");
        var identity = new ClaimsIdentity(
            [
                new Claim(JwtRegisteredClaimNames.Sub, holder.UserId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ApiKeyAuthentication.ScopeClaim, holder.Scope),
            ],
            ApiKeyAuthentication.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), ApiKeyAuthentication.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "ApiKey error=\"invalid_token\"";
        return Context.WriteProblemAsync(BlogProblems.Problem(StatusCodes.Status401Unauthorized, InvalidKey, null));
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        // scope="write" names what would pass (RFC 6750 §3); where no key passes (managing keys) there is no such scope.
        var keysRefused = Context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == ApiKeyPolicies.BearerOnly) == true;
        Response.Headers.WWWAuthenticate = keysRefused ? "ApiKey error=\"insufficient_scope\"" : "ApiKey error=\"insufficient_scope\", scope=\"write\"";
        return Context.WriteProblemAsync(BlogProblems.Problem(StatusCodes.Status403Forbidden, OutOfScope, null));
    }
}
