using Blog.Data.Auth;
using Blog.Hosting.Live;
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
    /// ASP.NET Core's JWT bearer handler with the shared validation (only access tokens), every refusal answered as a
    /// problem with `WWW-Authenticate: Bearer`. Whether the token's user is still active is asked by
    /// <see cref="UseRejectInvalidBearer"/>, after authentication, not here: a database that is down while this
    /// handler asks would be logged by it as an error and answered 500, where the host's error path answers 503.
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
                    OnMessageReceived = ReadHubQueryToken,
                    OnTokenValidated = RefuseWrongType,
                    OnChallenge = WriteUnauthorized,
                    OnForbidden = context => context.HttpContext.WriteProblemAsync(BlogProblems.Problem(
                        StatusCodes.Status403Forbidden, "You are not allowed to do this.", null)),
                };
            });
        return services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
    }

    /// <summary>
    /// A request that carries a bearer token which fails validation, or whose user has been deactivated since, is
    /// refused (401) even where anonymous callers are welcome, rather than silently treated as anonymous; so is a
    /// refused API key (its lookup already asked whether the user is active). Other
    /// schemes are not ours to judge: Swagger UI's password flow sends `Authorization: Basic` (empty client
    /// credentials) to /auth/login.
    /// </summary>
    public static IApplicationBuilder UseRejectInvalidBearer(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var sentBearer = context.Request.Headers.Authorization.Any(value =>
                value is not null && value.TrimStart().StartsWith("Bearer", StringComparison.OrdinalIgnoreCase))
                || HubAccessToken.Sent(context.Request);
            if (sentBearer && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(JwtBearerDefaults.AuthenticationScheme);
                return;
            }
            if (sentBearer && !await IsActiveUserAsync(context))
            {
                await WriteUnauthorizedAsync(context, tokenRefused: true);
                return;
            }
            if (ApiKeyAuthentication.SentApiKey(context.Request) && context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(ApiKeyAuthentication.Scheme);
                return;
            }
            await next(context);
        });

    private static Task ReadHubQueryToken(MessageReceivedContext context)
    {
        context.Token ??= HubAccessToken.Of(context.Request);
        return Task.CompletedTask;
    }

    private static Task RefuseWrongType(TokenValidatedContext context)
    {
        if (context.Principal?.FindFirst(TokenTypes.Claim)?.Value != TokenTypes.Access)
            context.Fail("Not an access token.");
        return Task.CompletedTask;
    }

    private static async Task<bool> IsActiveUserAsync(HttpContext context)
    {
        var users = context.RequestServices.GetRequiredService<IUserStatus>();
        try
        {
            return TokenIssuer.UserIdOf(context.User) is { } userId
                && await users.IsActiveAsync(userId, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client hung up during the check: no one waits for the answer, and a cancellation is no error.
            return false;
        }
    }

    private static Task WriteUnauthorized(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        return WriteUnauthorizedAsync(context.HttpContext, tokenRefused: context.AuthenticateFailure is not null);
    }

    private static Task WriteUnauthorizedAsync(HttpContext context, bool tokenRefused)
    {
        context.Response.Headers.WWWAuthenticate = tokenRefused ? "Bearer error=\"invalid_token\"" : "Bearer";
        return context.WriteProblemAsync(BlogProblems.Problem(
            StatusCodes.Status401Unauthorized,
            tokenRefused
                ? "The access token is missing, malformed, expired, revoked or not an access token."
                : "Authentication is required: send an access token as 'Authorization: Bearer <token>'.",
            null));
    }
}
