using System.Security.Claims;
using Blog.Data;
using Blog.Domain.Notifications;
using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MinimalApi.Errors;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>/users/me/notifications: the caller's, newest first, and marking one read. Written by the notify job.</summary>
public static class NotificationRoutes
{
    public static void MapNotifications(this IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/users/me/notifications").WithTags("notifications").WithBlogVersions(app)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable).RequireAuthorization();
        notifications.MapGet("/", List).WithName("listNotifications").WithSummary("The caller's notifications, newest first")
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads).ProducesProblem(StatusCodes.Status400BadRequest);
        notifications.MapPost("/{id:int}/read", Read).WithName("readNotification").WithSummary("Mark a notification read")
            .RequireRateLimiting(RateLimitPolicies.Writes).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<Page<NotificationPublic>>> List(
        NotificationListParameters parameters, ClaimsPrincipal user, BlogDbContext db, CursorCodec cursors, CancellationToken cancellationToken)
    {
        var query = parameters.ToQuery(cursors, user.Id());
        var mine = db.Notifications.Where(n => n.UserId == query.UserId);
        var total = await mine.CountAsync(cancellationToken);
        if (query.After is { } after)
        {
            var at = query.AfterTimestamp;
            mine = mine.Where(n => n.CreatedAt < at || (n.CreatedAt == at && n.Id < after.Id));
        }
        var rows = await mine.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(query.Limit + 1).ToPublic().ToListAsync(cancellationToken);
        return TypedResults.Ok(ListParameters.ToPage(rows, query.Limit, total,
            n => NotificationListQuery.Position(n.CreatedAt, n.Id),
            position => cursors.Encode(query.Scope, position)));
    }

    /// <summary>Reading again keeps the first read_at: the update only fills an empty one.</summary>
    private static async Task<Results<Ok<NotificationPublic>, ProblemHttpResult>> Read(
        int id, ClaimsPrincipal user, BlogDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var userId = user.Id();
        var now = Timestamps.Now(clock);
        var mine = db.Notifications.Where(n => n.Id == id && n.UserId == userId);
        await mine.Where(n => n.ReadAt == null).ExecuteUpdateAsync(set => set.SetProperty(n => n.ReadAt, now), cancellationToken);
        return await mine.ToPublic().SingleOrDefaultAsync(cancellationToken) is { } notification
            ? TypedResults.Ok(notification)
            : Problem.Of(NotificationErrors.NotFound());
    }

    private static IQueryable<NotificationPublic> ToPublic(this IQueryable<Notification> notifications) =>
        notifications.Select(n => new NotificationPublic(n.Id, NotificationKinds.Comment, n.Comment.PostId, n.CommentId,
            new Author(n.Comment.AuthorId, n.Comment.Author.Username), n.CreatedAt, n.ReadAt));
}
