using System.Security.Claims;
using Blog.Data;
using Blog.Domain.Users;
using Blog.Hosting.Auth;
using Blog.Hosting.Conditional;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MinimalApi.Errors;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>GET /users/me and GET /users/{id}.</summary>
public static class UserRoutes
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users").WithTags("users").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads);
        users.MapGet("/me", Me).WithName("getCurrentUser").WithSummary("The caller's own account").RequireAuthorization()
            .WithEntityTags();
        users.MapGet("/{id:int}", ById).WithName("getUser").WithSummary("A user's public profile").WithEntityTags()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<UserPrivate>, ProblemHttpResult>> Me(
        ClaimsPrincipal principal, BlogDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == principal.Id(), cancellationToken) is { } user
            ? TypedResults.Ok(UserPrivate.From(user))
            : Problem.Of(UserErrors.NotFound());

    private static async Task<Results<Ok<UserPublic>, ProblemHttpResult>> ById(int id, BlogDbContext db, CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) is { } user
            ? TypedResults.Ok(UserPublic.From(user))
            : Problem.Of(UserErrors.NotFound());
}
