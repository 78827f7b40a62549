using System.Net.Mime;
using Asp.Versioning;
using Blog.Data;
using Blog.Data.Auth;
using Blog.Data.Queries;
using Blog.Domain.ApiKeys;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Api.Serializers;
using MvcControllers.Models;

namespace MvcControllers.Api.Controllers;

/// <summary>
/// /users/me/api-keys as a DRF viewset over the caller's own keys (create, list, retrieve, destroy), like
/// <c>get_queryset()</c> filtered to <c>request.user</c>. <c>permission_classes = [BearerOnly]</c>: a key cannot manage keys.
/// </summary>
[Route("users/me/api-keys")]
[ApiVersion(1.0)]
[ApiVersion(2.0)]
[Tags("users")]
[ProducesResponseType(StatusCodes.Status503ServiceUnavailable)]
[Authorize(Policy = ApiKeyPolicies.BearerOnly)]
public sealed class ApiKeysController(BlogDbContext db) : BlogApiController
{
    private IQueryable<ApiKey> Queryset => db.ApiKeys.Where(k => k.UserId == UserId);

    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [HttpPost(Name = "createApiKey")]
    [EndpointSummary("Make an API key; its secret is shown only here")]
    [Consumes(MediaTypeNames.Application.Json)]
    [ProducesResponseType<ApiKeyCreatedRepresentation>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    [Atomic]
    public async Task<ActionResult<ApiKeyCreatedRepresentation>> Create(
        ApiKeySerializer body, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        await db.LockUserAsync(UserId, cancellationToken);
        if (await Queryset.CountAsync(cancellationToken) >= ApiKeyRules.MaxPerUser) throw ApiKeyErrors.TooMany();
        var (secret, prefix, hash) = ApiKeySecrets.New();
        var key = new ApiKey
        {
            UserId = UserId,
            Name = body.Name!,
            Prefix = prefix,
            SecretHash = hash,
            Scope = body.Scope!,
            CreatedAt = Timestamps.Now(clock),
            ExpiresAt = ApiKeyRules.Stored(body.ExpiresAt),
        };
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return Created($"/users/me/api-keys/{key.Id}", ApiKeyCreatedRepresentation.Of(key, secret));
    }

    [HttpGet(Name = "listApiKeys")]
    [EndpointSummary("The caller's API keys, newest first")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    public async Task<List<ApiKeyRepresentation>> List(CancellationToken cancellationToken) =>
        (await Queryset.AsNoTracking().OrderByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id).ToListAsync(cancellationToken))
        .ConvertAll(ApiKeyRepresentation.Of);

    [HttpGet("{id:int}", Name = "getApiKey")]
    [EndpointSummary("One of the caller's API keys")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ApiKeyRepresentation> Retrieve(int id, CancellationToken cancellationToken) =>
        ApiKeyRepresentation.Of(await Queryset.AsNoTracking().SingleOrDefaultAsync(k => k.Id == id, cancellationToken) ?? throw ApiKeyErrors.NotFound());

    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [HttpDelete("{id:int}", Name = "revokeApiKey")]
    [EndpointSummary("Revoke an API key at once")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<NoContentResult> Destroy(int id, CancellationToken cancellationToken) =>
        await Queryset.Where(k => k.Id == id).ExecuteDeleteAsync(cancellationToken) > 0 ? NoContent() : throw ApiKeyErrors.NotFound();
}
