using System.Security.Claims;
using Blog.Hosting.Auth;
using Blog.Hosting.Conditional;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Data;
using CarterModules.Responses;

namespace CarterModules.Modules;

/// <summary>The /users router.</summary>
public sealed class UsersModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users").WithTags("users").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads);

        users.MapGet("/me", async (ClaimsPrincipal user, Db db, CancellationToken cancellationToken) =>
                TypedResults.Ok(PrivateUserResponse.From(await Users.FindAsync(db, user.Id(), cancellationToken))))
            .RequireAuthorization()
            .WithName("getCurrentUser").WithSummary("The caller's own account").WithEntityTagMetadata();

        users.MapGet("/{id:int}", async (int id, Db db, CancellationToken cancellationToken) =>
                TypedResults.Ok(PublicUserResponse.From(await Users.FindAsync(db, id, cancellationToken))))
            .WithName("getUser").WithSummary("A user's public profile").WithEntityTagMetadata().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
