using System.Linq.Expressions;
using Blog.Domain.Notifications;

namespace MvcControllers.Api.Serializers;

/// <summary>The notification serializer (read-only: the job writes notifications, clients only read them).</summary>
public static class NotificationSerializer
{
    /// <summary><c>to_representation</c> as an EF Core projection, the comment and its author joined.</summary>
    public static readonly Expression<Func<Notification, NotificationRepresentation>> Representation = n =>
        new NotificationRepresentation(n.Id, NotificationKinds.Comment, n.Comment.PostId, n.CommentId,
            new AuthorRepresentation(n.Comment.AuthorId, n.Comment.Author.Username), n.CreatedAt, n.ReadAt);
}
