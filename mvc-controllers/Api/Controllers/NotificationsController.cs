using Asp.Versioning;
using Blog.Data;
using Blog.Domain.Notifications;
using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Blog.Hosting.OpenApi;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Api.Filters;
using MvcControllers.Api.Serializers;

namespace MvcControllers.Api.Controllers;

/// <summary>
/// /users/me/notifications as a read-only viewset of the caller's own (list) with one extra action
/// (<c>@action(detail=True, methods=["post"]) read</c>). Written by the notify job, never by a client.
/// </summary>
[Route("users/me/notifications")]
[ApiVersion(1.0)]
[ApiVersion(2.0)]
[Tags("notifications")]
[ProducesResponseType(StatusCodes.Status503ServiceUnavailable)]
[Authorize]
public sealed class NotificationsController(BlogDbContext db) : BlogApiController
{
    [HttpGet(Name = "listNotifications")]
    [EnableRateLimiting(RateLimitPolicies.AnonymousReads)]
    [EndpointSummary("The caller's notifications, newest first")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [QueryParameter("cursor", typeof(string))]
    [QueryParameter("limit", typeof(int), Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    public async Task<Page<NotificationRepresentation>> List(
        [FromQuery] NotificationFilterSet filters, [FromServices] CursorCodec cursors, CancellationToken cancellationToken)
    {
        var query = filters.ToQuery(cursors, UserId);
        var mine = db.Notifications.Where(n => n.UserId == query.UserId);
        var total = await mine.CountAsync(cancellationToken);
        if (query.After is { } after)
        {
            var at = query.AfterTimestamp;
            mine = mine.Where(n => n.CreatedAt < at || (n.CreatedAt == at && n.Id < after.Id));
        }
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(query.Limit + 1)
            .Select(NotificationSerializer.Representation).ToListAsync(cancellationToken);
        return ListParameters.ToPage(rows, query.Limit, total,
            n => NotificationListQuery.Position(n.CreatedAt, n.Id),
            position => cursors.Encode(query.Scope, position));
    }

    /// <summary>Reading again keeps the first read_at: the update only fills an empty one.</summary>
    [HttpPost("{id:int}/read", Name = "readNotification")]
    [EnableRateLimiting(RateLimitPolicies.Writes)]
    [EndpointSummary("Mark a notification read")]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<NotificationRepresentation> Read(int id, [FromServices] TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(clock);
        var mine = db.Notifications.Where(n => n.Id == id && n.UserId == UserId);
        await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return await mine.Select(NotificationSerializer.Representation).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotificationErrors.NotFound();
    }
}
