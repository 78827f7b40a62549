using Blog.Data;
using Blog.Data.Auth;
using Blog.Data.Sql;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using Blog.Hosting.Auth;
using Blog.Hosting.Wire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MinimalApi.Background;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>POST /auth/register, /auth/login, /auth/refresh and /auth/logout.</summary>
public static class AuthRoutes
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth").WithTags("auth");
        auth.MapPost("/register", Register);
        auth.MapPost("/login", Login).Accepts<LoginCredentials>("application/x-www-form-urlencoded", "application/json");
        auth.MapPost("/refresh", Refresh);
        auth.MapPost("/logout", Logout);
    }

    private static async Task<Created<PrivateUserView>> Register(
        RegisterRequest body, BlogDbContext db, PasswordHasher hasher, TimeProvider clock, CancellationToken ct)
    {
        var user = User.Create(body.Username!, body.Email!, hasher.Hash(body.Password!), Timestamps.Now(clock));
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            throw UserErrors.Taken();
        }
        return TypedResults.Created($"/users/{user.Id}", PrivateUserView.From(user));
    }

    private static async Task<Ok<TokenPair>> Login(
        HttpRequest request, BlogDbContext db, PasswordHasher hasher, TokenService tokens, TokenSweepQueue sweep,
        CancellationToken ct)
    {
        var credentials = await LoginCredentials.ReadAsync(request, ct);
        var username = User.Normalize(credentials.Username);
        var found = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUsername == username, ct);
        var user = hasher.Authenticate(found, credentials.Password);
        var pair = await tokens.IssueAsync(user.Id, ct);
        sweep.Add(user.Id);
        return TypedResults.Ok(pair);
    }

    private static async Task<Ok<TokenPair>> Refresh(RefreshRequest body, TokenService tokens, CancellationToken ct) =>
        TypedResults.Ok(await tokens.RefreshAsync(body.RefreshToken!, ct));

    private static async Task<NoContent> Logout(RefreshRequest body, TokenService tokens, CancellationToken ct)
    {
        await tokens.LogoutAsync(body.RefreshToken!, ct);
        return TypedResults.NoContent();
    }
}
