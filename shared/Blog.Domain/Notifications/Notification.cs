using Blog.Domain.Comments;

namespace Blog.Domain.Notifications;

/// <summary>
/// Tells a post's author that someone commented on the post. Written only by the background job that a new comment
/// enqueues; one per comment (<see cref="CommentId"/> is unique), so a retried job finds its row and writes nothing.
/// It goes when its comment does.
/// </summary>
public class Notification
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public int CommentId { get; set; }
    public Comment Comment { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
    public DateTime? ReadAt { get; set; }
}
