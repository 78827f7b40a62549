using System.Net.Mime;
using Blog.Data.Auth;
using Blog.Hosting.Auth;
using Blog.Hosting.Wire;
using Microsoft.AspNetCore.Mvc;
using MvcControllers.Api.Serializers;

namespace MvcControllers.Api.Controllers;

/// <summary>POST /auth/register, /auth/login, /auth/refresh and /auth/logout.</summary>
[Route("auth")]
public sealed class AuthController(Accounts accounts, TokenService tokens) : BlogApiController
{
    [HttpPost("register")]
    [Consumes(MediaTypeNames.Application.Json)]
    public async Task<ActionResult<PrivateUserView>> Register(RegisterSerializer body, CancellationToken ct)
    {
        var user = await accounts.RegisterAsync(body.Username!, body.Email!, body.Password!, ct);
        return Created($"/users/{user.Id}", PrivateUserView.From(user));
    }

    /// <summary>
    /// The OAuth2 password grant Swagger UI's Authorize sends (a form), or the same fields as JSON. Read by the shared
    /// <see cref="LoginCredentials"/>, so the action binds no body: either content type reaches it.
    /// </summary>
    [HttpPost("login")]
    [ReadsBodyItself]
    public async Task<TokenPair> Login(CancellationToken ct)
    {
        var credentials = await LoginCredentials.ReadAsync(Request, ct);
        return (await accounts.LoginAsync(credentials.Username, credentials.Password, ct)).Tokens;
    }

    [HttpPost("refresh")]
    [Consumes(MediaTypeNames.Application.Json)]
    public async Task<TokenPair> Refresh(RefreshSerializer body, CancellationToken ct) =>
        await tokens.RefreshAsync(body.RefreshToken!, ct);

    [HttpPost("logout")]
    [Consumes(MediaTypeNames.Application.Json)]
    public async Task<NoContentResult> Logout(RefreshSerializer body, CancellationToken ct)
    {
        await tokens.LogoutAsync(body.RefreshToken!, ct);
        return NoContent();
    }
}
