using Blog.Data.Auth;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using MinimalApi.Background;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>POST /auth/register, /auth/login, /auth/refresh and /auth/logout.</summary>
public static class AuthRoutes
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var auth = app.MapGroup("/auth").WithTags("auth").WithBlogVersions(app).ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(RateLimitPolicies.Auth);
        auth.MapPost("/register", Register).WithName("register").WithSummary("Register a user")
            .ProducesProblem(StatusCodes.Status409Conflict);
        auth.MapPost("/login", Login).WithName("login").WithSummary("Log in with a username and password (OAuth2 password grant)")
            .Accepts<LoginForm>("application/x-www-form-urlencoded", "application/json");
        auth.MapPost("/refresh", Refresh).WithName("refreshTokens").WithSummary("Exchange a refresh token for a new token pair");
        auth.MapPost("/logout", Logout).WithName("logout").WithSummary("Revoke the login of a refresh token");
    }

    private static async Task<Created<UserPrivate>> Register(UserCreate body, Accounts accounts, CancellationToken cancellationToken)
    {
        var user = await accounts.RegisterAsync(body.Username, body.Email, body.Password, cancellationToken);
        return TypedResults.Created($"/users/{user.Id}", UserPrivate.From(user));
    }

    private static async Task<Ok<TokenPair>> Login(
        LoginForm form, Accounts accounts, LoginThrottle throttle, TokenSweepQueue sweep, CancellationToken cancellationToken)
    {
        var (user, tokens) = await throttle.GuardAsync(
            form.Username, () => accounts.LoginAsync(form.Username, form.Password, cancellationToken), cancellationToken);
        sweep.Add(user.Id);
        return TypedResults.Ok(tokens);
    }

    private static async Task<Ok<TokenPair>> Refresh(TokenRefresh body, TokenService tokens, CancellationToken cancellationToken) =>
        TypedResults.Ok(await tokens.RefreshAsync(body.RefreshToken, cancellationToken));

    private static async Task<NoContent> Logout(TokenRefresh body, TokenService tokens, CancellationToken cancellationToken)
    {
        await tokens.LogoutAsync(body.RefreshToken, cancellationToken);
        return TypedResults.NoContent();
    }
}
