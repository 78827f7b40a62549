using System.Security.Claims;
using Blog.Data;
using Blog.Domain.Users;
using Blog.Hosting.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>GET /users/me and GET /users/{id}.</summary>
public static class UserRoutes
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users").WithTags("users").ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        users.MapGet("/me", Me).WithName("getCurrentUser").WithSummary("The caller's own account").RequireAuthorization();
        users.MapGet("/{id:int}", ById).WithName("getUser").WithSummary("A user's public profile")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<UserPrivate>> Me(ClaimsPrincipal principal, BlogDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == principal.Id(), ct)
            ?? throw UserErrors.NotFound();
        return TypedResults.Ok(UserPrivate.From(user));
    }

    private static async Task<Ok<UserPublic>> ById(int id, BlogDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw UserErrors.NotFound();
        return TypedResults.Ok(UserPublic.From(user));
    }
}
