namespace Blog.Domain.Notifications;

/// <summary>The `kind` of a notification on the wire; a comment on one's post is the only one so far.</summary>
public static class NotificationKinds
{
    public const string Comment = "comment";
}
