using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

/// <summary>A notification of the caller's: someone (the actor) commented on one of their posts.</summary>
[WireSchema("NotificationView")]
public sealed record NotificationPublic(
    int Id, string Kind, int PostId, int CommentId, Author Actor, DateTime CreatedAt, DateTime? ReadAt);
