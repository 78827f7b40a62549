using Blog.Data.Auth;
using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.Auth;

public static class BearerAuthentication
{
    /// <summary>
    /// ASP.NET Core's JWT bearer handler with the shared validation: only access tokens, only of active users,
    /// and every refusal answered as a problem with `WWW-Authenticate: Bearer`.
    /// </summary>
    public static AuthenticationBuilder AddBlogBearer(this IServiceCollection services)
    {
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<TokenIssuer>((options, issuer) =>
            {
                options.MapInboundClaims = false;
                options.TokenValidationParameters = issuer.ValidationParameters;
                options.Events = new JwtBearerEvents
                {
                    OnTokenValidated = RefuseWrongTypeOrInactiveUser,
                    OnChallenge = WriteUnauthorized,
                    OnForbidden = context => context.HttpContext.WriteProblemAsync(BlogProblems.Problem(
                        StatusCodes.Status403Forbidden, "You are not allowed to do this.", null)),
                };
            });
        return services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
    }

    /// <summary>
    /// A request that carries a bearer token which fails validation is refused (401) even where anonymous
    /// callers are welcome, rather than silently treated as anonymous. Other schemes are not ours to judge:
    /// Swagger UI's password flow sends `Authorization: Basic` (empty client credentials) to /auth/login.
    /// </summary>
    public static IApplicationBuilder UseRejectInvalidBearer(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var sentBearer = context.Request.Headers.Authorization.Any(value =>
                value is not null && value.TrimStart().StartsWith("Bearer", StringComparison.OrdinalIgnoreCase));
            if (sentBearer && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
                return;
            }
            await next(context);
        });

    private static async Task RefuseWrongTypeOrInactiveUser(TokenValidatedContext context)
    {
        if (context.Principal?.FindFirst(TokenTypes.Claim)?.Value != TokenTypes.Access)
        {
            context.Fail("Not an access token.");
            return;
        }
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserStatus>();
        try
        {
            if (TokenIssuer.UserIdOf(context.Principal) is not { } userId
                || !await users.IsActiveAsync(userId, context.HttpContext.RequestAborted))
                context.Fail("The user is not active.");
        }
        catch (OperationCanceledException) when (context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The client hung up during the check; the bearer handler would log the cancellation as an error.
            context.Fail("The client disconnected.");
        }
    }

    private static async Task WriteUnauthorized(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
            ? "Bearer"
            : "Bearer error=\"invalid_token\"";
        await context.HttpContext.WriteProblemAsync(BlogProblems.Problem(
            StatusCodes.Status401Unauthorized,
            context.AuthenticateFailure is null
                ? "Authentication is required: send an access token as 'Authorization: Bearer <token>'."
                : "The access token is missing, malformed, expired, revoked or not an access token.",
            null));
    }
}
