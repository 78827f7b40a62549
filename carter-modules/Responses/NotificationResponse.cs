using Blog.Hosting.OpenApi;

namespace CarterModules.Responses;

/// <summary>A notification of the caller's: someone (the actor) commented on one of their posts.</summary>
[WireSchema("NotificationView")]
public sealed record NotificationResponse(
    int Id, string Kind, int PostId, int CommentId, AuthorResponse Actor, DateTime CreatedAt, DateTime? ReadAt);
