using System.Security.Claims;
using Blog.Data;
using Blog.Domain.Users;
using Blog.Hosting.Auth;
using Blog.Hosting.Wire;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MinimalApi.Routers;

/// <summary>GET /users/me and GET /users/{id}.</summary>
public static class UserRoutes
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users").WithTags("users");
        users.MapGet("/me", Me).RequireAuthorization();
        users.MapGet("/{id:int}", ById);
    }

    private static async Task<Ok<PrivateUserView>> Me(ClaimsPrincipal principal, BlogDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == principal.Id(), ct)
            ?? throw UserErrors.NotFound();
        return TypedResults.Ok(PrivateUserView.From(user));
    }

    private static async Task<Ok<PublicUserView>> ById(int id, BlogDbContext db, CancellationToken ct)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, ct) ?? throw UserErrors.NotFound();
        return TypedResults.Ok(PublicUserView.From(user));
    }
}
