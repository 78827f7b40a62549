using Asp.Versioning;
using Blog.Data;
using Blog.Domain.Users;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Api.Conditional;
using MvcControllers.Api.Serializers;

namespace MvcControllers.Api.Controllers;

/// <summary>GET /users/me (the caller's own account) and GET /users/{id} (anyone's public profile).</summary>
[Route("users")]
[ApiVersion(1.0)]
[ApiVersion(2.0)]
[Tags("users")]
[EnableRateLimiting(RateLimitPolicies.AnonymousReads)]
[ProducesResponseType(StatusCodes.Status503ServiceUnavailable)]
public sealed class UsersController(BlogDbContext db) : BlogApiController
{
    [HttpGet("me", Name = "getCurrentUser")]
    [EntityTags]
    [EndpointSummary("The caller's own account")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [Authorize]
    public async Task<PrivateUserRepresentation> Me(CancellationToken cancellationToken) =>
        PrivateUserRepresentation.Of(await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == UserId, cancellationToken) ?? throw UserErrors.NotFound());

    [HttpGet("{id:int}", Name = "getUser")]
    [EntityTags]
    [EndpointSummary("A user's public profile")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<PublicUserRepresentation> Retrieve(int id, CancellationToken cancellationToken) =>
        PublicUserRepresentation.Of(await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw UserErrors.NotFound());
}
