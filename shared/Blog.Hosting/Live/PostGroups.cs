using Blog.Domain.Posts;

namespace Blog.Hosting.Live;

/// <summary>
/// The SignalR groups of a post: every connection that joined it, and those of them that are its author's. A comment
/// event of a published post goes to the first, of any other post to the second only, so that a post made a draft
/// again stops reaching other readers without anyone leaving a group.
/// </summary>
public static class PostGroups
{
    public static string Readers(int postId) => $"post:{postId}";

    public static string Author(int postId) => $"post:{postId}:author";

    public static string Receiving(int postId, LivePost post) =>
        post.Status == PostStatus.Published ? Readers(postId) : Author(postId);
}
