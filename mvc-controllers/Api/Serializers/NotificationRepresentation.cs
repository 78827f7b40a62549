using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

/// <summary>What <see cref="NotificationSerializer.Representation"/> gives for a notification.</summary>
[WireSchema("NotificationView")]
public sealed record NotificationRepresentation(
    int Id, string Kind, int PostId, int CommentId, AuthorRepresentation Actor, DateTime CreatedAt, DateTime? ReadAt);
