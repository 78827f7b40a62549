using Blog.Domain.Posts;

namespace Blog.Domain.Rules;

/// <summary>Who may see and change what.</summary>
public static class PostPolicy
{
    /// <summary>Published posts are public; drafts and archived posts belong to their author alone.</summary>
    public static bool CanView(PostStatus status, int authorId, int? viewerId) =>
        status == PostStatus.Published || authorId == viewerId;

    public static bool CanEdit(int authorId, int viewerId) => authorId == viewerId;

    public static bool CanDeleteComment(int commentAuthorId, int postAuthorId, int viewerId) =>
        viewerId == commentAuthorId || viewerId == postAuthorId;
}
