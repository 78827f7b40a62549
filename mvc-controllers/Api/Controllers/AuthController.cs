using System.Net.Mime;
using Blog.Data;
using Blog.Data.Auth;
using Blog.Data.Sql;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using Blog.Hosting.Auth;
using Blog.Hosting.Wire;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Api.Serializers;
using UserModel = Blog.Domain.Users.User;

namespace MvcControllers.Api.Controllers;

/// <summary>POST /auth/register, /auth/login, /auth/refresh and /auth/logout.</summary>
[Route("auth")]
public sealed class AuthController(BlogDbContext db, PasswordHasher hasher, TokenService tokens) : BlogApiController
{
    [HttpPost("register")]
    [Consumes(MediaTypeNames.Application.Json)]
    public async Task<ActionResult<PrivateUserView>> Register(RegisterSerializer body, [FromServices] TimeProvider clock, CancellationToken ct)
    {
        var user = UserModel.Create(body.Username!, body.Email!, hasher.Hash(body.Password!), Timestamps.Now(clock));
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            throw UserErrors.Taken();
        }
        return Created($"/users/{user.Id}", PrivateUserView.From(user));
    }

    /// <summary>
    /// The OAuth2 password grant Swagger UI's Authorize sends (a form), or the same fields as JSON. Read by the shared
    /// <see cref="LoginCredentials"/>, so the action binds no body: either content type reaches it.
    /// </summary>
    [HttpPost("login")]
    public async Task<TokenPair> Login(CancellationToken ct)
    {
        var credentials = await LoginCredentials.ReadAsync(Request, ct);
        var username = UserModel.Normalize(credentials.Username);
        var found = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUsername == username, ct);
        var user = hasher.Authenticate(found, credentials.Password);
        return await tokens.IssueAsync(user.Id, ct);
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
