using System.Net.Mime;
using Blog.Data.Auth;
using Blog.Hosting.Auth;
using Blog.Hosting.OpenApi;
using Microsoft.AspNetCore.Mvc;
using MvcControllers.Api.Serializers;

namespace MvcControllers.Api.Controllers;

/// <summary>POST /auth/register, /auth/login, /auth/refresh and /auth/logout.</summary>
[Route("auth")]
[Tags("auth")]
[ProducesResponseType(StatusCodes.Status503ServiceUnavailable)]
public sealed class AuthController(Accounts accounts, TokenService tokens) : BlogApiController
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
    /// The OAuth2 password grant Swagger UI's Authorize sends (a form), or the same fields as JSON. Read by the shared
    /// <see cref="LoginCredentials"/>, so the action binds no body: either content type reaches it.
    /// </summary>
    [HttpPost("login", Name = "login")]
    [ReadsBodyItself]
    [EndpointSummary("Log in with a username and password (OAuth2 password grant)")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [AcceptsBody(typeof(LoginCredentials), "application/x-www-form-urlencoded", MediaTypeNames.Application.Json)]
    public async Task<TokenPair> Login(CancellationToken cancellationToken)
    {
        var credentials = await LoginCredentials.ReadAsync(Request, cancellationToken);
        return (await accounts.LoginAsync(credentials.Username, credentials.Password, cancellationToken)).Tokens;
    }

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
