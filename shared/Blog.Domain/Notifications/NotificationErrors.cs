using Blog.Domain.Errors;

namespace Blog.Domain.Notifications;

public static class NotificationErrors
{
    /// <summary>Also for another user's notification: the same words whether it exists or not.</summary>
    public static NotFoundError NotFound() => new("Notification not found.");
}
