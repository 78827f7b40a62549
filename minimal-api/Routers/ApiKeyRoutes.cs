using System.Security.Claims;
using Blog.Data;
using Blog.Data.Auth;
using Blog.Data.Queries;
using Blog.Domain.ApiKeys;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MinimalApi.Errors;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>/users/me/api-keys: the caller's personal API keys, managed with a login (bearer token) only.</summary>
public static class ApiKeyRoutes
{
    public static void MapApiKeys(this IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/users/me/api-keys").WithTags("users").WithBlogVersions(app).RequireAuthorization(ApiKeyPolicies.BearerOnly)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        keys.MapPost("/", Create).WithName("createApiKey").WithSummary("Make an API key; its secret is shown only here")
            .RequireRateLimiting(RateLimitPolicies.Writes).ProducesProblem(StatusCodes.Status409Conflict);
        keys.MapGet("/", List).WithName("listApiKeys").WithSummary("The caller's API keys, newest first");
        keys.MapGet("/{id:int}", Get).WithName("getApiKey").WithSummary("One of the caller's API keys")
            .ProducesProblem(StatusCodes.Status404NotFound);
        keys.MapDelete("/{id:int}", Revoke).WithName("revokeApiKey").WithSummary("Revoke an API key at once")
            .RequireRateLimiting(RateLimitPolicies.Writes).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<ApiKeyCreated>> Create(
        ApiKeyCreate body, ClaimsPrincipal user, BlogDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = user.Id();
        var (secret, prefix, hash) = ApiKeySecrets.New();
        var key = new ApiKey
        {
            UserId = userId,
            Name = body.Name,
            Prefix = prefix,
            SecretHash = hash,
            Scope = body.Scope,
            CreatedAt = Timestamps.Now(clock),
            ExpiresAt = ApiKeyRules.Stored(body.ExpiresAt),
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockUserAsync(userId, cancellationToken);
        if (await db.ApiKeys.CountAsync(k => k.UserId == userId, cancellationToken) >= ApiKeyRules.MaxPerUser) throw ApiKeyErrors.TooMany();
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/users/me/api-keys/{key.Id}", ApiKeyCreated.From(key, secret));
    }

    private static async Task<Ok<List<ApiKeyPublic>>> List(ClaimsPrincipal user, BlogDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.Id();
        var keys = await db.ApiKeys.AsNoTracking().Where(k => k.UserId == userId)
            .OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(keys.ConvertAll(ApiKeyPublic.From));
    }

    private static async Task<Results<Ok<ApiKeyPublic>, ProblemHttpResult>> Get(
        int id, ClaimsPrincipal user, BlogDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.Id();
        return await db.ApiKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id && k.UserId == userId, cancellationToken) is { } key
            ? TypedResults.Ok(ApiKeyPublic.From(key))
            : Problem.Of(ApiKeyErrors.NotFound());
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        int id, ClaimsPrincipal user, BlogDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.Id();
        return await db.ApiKeys.Where(k => k.Id == id && k.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0
            ? TypedResults.NoContent()
            : Problem.Of(ApiKeyErrors.NotFound());
    }
}
