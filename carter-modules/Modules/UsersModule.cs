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
        var users = app.MapGroup("/users").WithTags("users");

        users.MapGet("/me", async (ClaimsPrincipal user, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetMe(user.Id()), ct)))
            .RequireAuthorization();

        users.MapGet("/{id:int}", async (int id, ISender sender, CancellationToken ct) =>
            TypedResults.Ok(await sender.Send(new GetUser(id), ct)));
    }
}
