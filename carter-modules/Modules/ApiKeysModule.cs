using System.Security.Claims;
using Blog.Hosting.Auth;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Data;
using CarterModules.Features.ApiKeys;
using CarterModules.Requests;
using CarterModules.Responses;
using CarterModules.Validation;
using Mediator;

namespace CarterModules.Modules;

/// <summary>The /users/me/api-keys router: the caller's personal API keys, managed with a login (bearer token) only.</summary>
public sealed class ApiKeysModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var keys = app.MapGroup("/users/me/api-keys").WithTags("users").WithBlogVersions(app).RequireAuthorization(ApiKeyPolicies.BearerOnly)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        keys.MapPost("/", async (ApiKeyBody body, ClaimsPrincipal user, ISender sender, CancellationToken cancellationToken) =>
            {
                var key = await sender.Send(new CreateApiKey(user.Id(), body), cancellationToken);
                return TypedResults.Created($"/users/me/api-keys/{key.Id}", key);
            })
            .RequireRateLimiting(RateLimitPolicies.Writes).Validate<ApiKeyBody>()
            .WithName("createApiKey").WithSummary("Make an API key; its secret is shown only here")
            .ProducesProblem(StatusCodes.Status409Conflict);

        keys.MapGet("/", async (ClaimsPrincipal user, Db db, CancellationToken cancellationToken) =>
                TypedResults.Ok((await ApiKeys.ListAsync(db, user.Id(), cancellationToken)).ConvertAll(ApiKeyResponse.From)))
            .WithName("listApiKeys").WithSummary("The caller's API keys, newest first");

        keys.MapGet("/{id:int}", async (int id, ClaimsPrincipal user, Db db, CancellationToken cancellationToken) =>
                TypedResults.Ok(ApiKeyResponse.From(await ApiKeys.FindAsync(db, id, user.Id(), cancellationToken))))
            .WithName("getApiKey").WithSummary("One of the caller's API keys").ProducesProblem(StatusCodes.Status404NotFound);

        keys.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, Db db, CancellationToken cancellationToken) =>
            {
                await ApiKeys.DeleteAsync(db, id, user.Id(), cancellationToken);
                return TypedResults.NoContent();
            })
            .RequireRateLimiting(RateLimitPolicies.Writes)
            .WithName("revokeApiKey").WithSummary("Revoke an API key at once").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
