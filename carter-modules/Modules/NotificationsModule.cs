using System.Security.Claims;
using Blog.Domain.Paging;
using Blog.Domain.Rules;
using Blog.Hosting.Auth;
using Blog.Hosting.OpenApi;
using Blog.Hosting.RateLimiting;
using Blog.Hosting.Versioning;
using Carter;
using CarterModules.Data;

namespace CarterModules.Modules;

/// <summary>The /users/me/notifications router: the caller's, newest first, and marking one read.</summary>
public sealed class NotificationsModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var notifications = app.MapGroup("/users/me/notifications").WithTags("notifications").WithBlogVersions(app)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable).RequireAuthorization();

        notifications.MapGet("/", async (HttpRequest request, ClaimsPrincipal user, Db db, CursorCodec cursors, CancellationToken cancellationToken) =>
            {
                var query = NotificationListQuery.Parse(cursors, user.Id(),
                    ListParameters.Once("cursor", request.Query["cursor"]), ListParameters.Once("limit", request.Query["limit"]));
                return TypedResults.Ok(await Notifications.PageAsync(db, query, cursors, cancellationToken));
            })
            .WithName("listNotifications").WithSummary("The caller's notifications, newest first")
            .WithMetadata(
                new QueryParameterAttribute("cursor", typeof(string)),
                new QueryParameterAttribute("limit", typeof(int)) { Minimum = 1, Maximum = Limits.PageMax, Default = Limits.PageDefault })
            .RequireRateLimiting(RateLimitPolicies.AnonymousReads).ProducesProblem(StatusCodes.Status400BadRequest);

        notifications.MapPost("/{id:int}/read", async (int id, ClaimsPrincipal user, Db db, TimeProvider clock, CancellationToken cancellationToken) =>
                TypedResults.Ok(await Notifications.ReadAsync(db, id, user.Id(), Timestamps.Now(clock), cancellationToken)))
            .WithName("readNotification").WithSummary("Mark a notification read")
            .RequireRateLimiting(RateLimitPolicies.Writes).ProducesProblem(StatusCodes.Status404NotFound);
    }
}
