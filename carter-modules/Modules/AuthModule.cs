using Blog.Data.Auth;
using Blog.Hosting.Auth;
using Blog.Hosting.Wire;
using Carter;
using CarterModules.Features.Auth;
using CarterModules.Http;
using Mediator;

namespace CarterModules.Modules;

/// <summary>The /auth router: register, login, refresh, logout.</summary>
public sealed class AuthModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth").WithTags("auth").ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        auth.MapPost("/register", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var user = await sender.Send(await request.ReadJsonAsync<Register>(ct), ct);
                return TypedResults.Created($"/users/{user.Id}", user);
            })
            .WithName("register").WithSummary("Register a user")
            .Accepts<Register>("application/json").Produces<PrivateUserView>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status409Conflict);

        auth.MapPost("/login", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                var credentials = await LoginCredentials.ReadAsync(request, ct);
                return TypedResults.Ok(await sender.Send(new Login(credentials.Username, credentials.Password), ct));
            })
            .WithName("login").WithSummary("Log in with a username and password (OAuth2 password grant)")
            .Accepts<LoginCredentials>("application/x-www-form-urlencoded", "application/json").Produces<TokenPair>();

        auth.MapPost("/refresh", async (HttpRequest request, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(await request.ReadJsonAsync<Refresh>(ct), ct)))
            .WithName("refreshTokens").WithSummary("Exchange a refresh token for a new token pair")
            .Accepts<Refresh>("application/json").Produces<TokenPair>();

        auth.MapPost("/logout", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                await sender.Send(await request.ReadJsonAsync<Logout>(ct), ct);
                return TypedResults.NoContent();
            })
            .WithName("logout").WithSummary("Revoke the login of a refresh token")
            .Accepts<Logout>("application/json");
    }
}
