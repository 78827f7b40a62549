using System.Net.Mime;
using Asp.Versioning;
using Blog.Data.Auth;
using Blog.Hosting.Pipeline;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using MvcControllers.Api.Serializers;

namespace MvcControllers.Api.Controllers;

/// <summary>POST /auth/register, /auth/login, /auth/refresh and /auth/logout.</summary>
[Route("auth")]
[ApiVersion(1.0)]
[ApiVersion(2.0)]
[Tags("auth")]
[EnableRateLimiting(RateLimitPolicies.Auth)]
[ProducesResponseType(StatusCodes.Status503ServiceUnavailable)]
public sealed class AuthController(Accounts accounts, TokenService tokens, LoginThrottle throttle) : BlogApiController
{
    [HttpPost("register", Name = "register")]
    [EndpointSummary("Register a user")]
    [Consumes(MediaTypeNames.Application.Json)]
    [ProducesResponseType<PrivateUserRepresentation>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<PrivateUserRepresentation>> Register(RegisterSerializer body, CancellationToken cancellationToken)
    {
        var user = await accounts.RegisterAsync(body.Username!, body.Email!, body.Password!, cancellationToken);
        return Created($"/users/{user.Id}", PrivateUserRepresentation.Of(user));
    }

    /// <summary>
    /// The OAuth2 password grant Swagger UI's Authorize sends (a form), or the same fields as JSON: DRF's
    /// <c>parser_classes = [FormParser, JSONParser]</c>, one serializer whichever parsed the body.
    /// </summary>
    [HttpPost("login", Name = "login")]
    [EndpointSummary("Log in with a username and password (OAuth2 password grant)")]
    [Consumes(UrlEncodedForm.ContentType, MediaTypeNames.Application.Json)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<TokenPair> Login(LoginSerializer body, CancellationToken cancellationToken) =>
        (await throttle.GuardAsync(
            body.Username!, () => accounts.LoginAsync(body.Username!, body.Password!, cancellationToken), cancellationToken)).Tokens;

    [HttpPost("refresh", Name = "refreshTokens")]
    [EndpointSummary("Exchange a refresh token for a new token pair")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [Consumes(MediaTypeNames.Application.Json)]
    public async Task<TokenPair> Refresh(RefreshSerializer body, CancellationToken cancellationToken) =>
        await tokens.RefreshAsync(body.RefreshToken!, cancellationToken);

    [HttpPost("logout", Name = "logout")]
    [EndpointSummary("Revoke the login of a refresh token")]
    [Consumes(MediaTypeNames.Application.Json)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<NoContentResult> Logout(RefreshSerializer body, CancellationToken cancellationToken)
    {
        await tokens.LogoutAsync(body.RefreshToken!, cancellationToken);
        return NoContent();
    }
}
