using Blog.Data.Auth;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Features.Auth;
using CarterModules.Requests;
using CarterModules.Validation;
using Mediator;

namespace CarterModules.Modules;

/// <summary>The /auth router: register, login, refresh, logout.</summary>
public sealed class AuthModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        // express-rate-limit on the router: every auth request per client address (failed logins: the Login handler).
        var auth = app.MapGroup("/auth").WithTags("auth").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(RateLimitPolicies.Auth);

        auth.MapPost("/register", async (RegisterBody body, ISender sender, CancellationToken cancellationToken) =>
            {
                var user = await sender.Send(new Register(body), cancellationToken);
                return TypedResults.Created($"/users/{user.Id}", user);
            })
            .Validate<RegisterBody>()
            .WithName("register").WithSummary("Register a user")
            .ProducesProblem(StatusCodes.Status409Conflict);

        auth.MapPost("/login", async (LoginBody body, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new Login(body.Username!, body.Password!), cancellationToken)))
            .Validate<LoginBody>()
            .WithName("login").WithSummary("Log in with a username and password (OAuth2 password grant)")
            .Accepts<LoginBody>("application/x-www-form-urlencoded", "application/json");

        // Deliberately no transaction: revoking a reused token's login must stick even though the request fails.
        auth.MapPost("/refresh", async (RefreshTokenBody body, TokenService tokens, CancellationToken cancellationToken) =>
                TypedResults.Ok(await tokens.RefreshAsync(body.RefreshToken!, cancellationToken)))
            .Validate<RefreshTokenBody>()
            .WithName("refreshTokens").WithSummary("Exchange a refresh token for a new token pair");

        auth.MapPost("/logout", async (RefreshTokenBody body, TokenService tokens, CancellationToken cancellationToken) =>
            {
                await tokens.LogoutAsync(body.RefreshToken!, cancellationToken);
                return TypedResults.NoContent();
            })
            .Validate<RefreshTokenBody>()
            .WithName("logout").WithSummary("Revoke the login of a refresh token");
    }
}
