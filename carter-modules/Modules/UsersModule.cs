using System.Security.Claims;
using Blog.Hosting.Auth;
using Carter;
using CarterModules.Features.Users;
using Mediator;

namespace CarterModules.Modules;

/// <summary>The /users router.</summary>
public sealed class UsersModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/users").WithTags("users").ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        users.MapGet("/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMe(user.Id()), ct)))
            .WithName("getCurrentUser").WithSummary("The caller's own account").RequireAuthorization();

        users.MapGet("/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetUser(id), ct)))
            .WithName("getUser").WithSummary("A user's public profile").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
