using Blog.Domain.Comments;
using Blog.Domain.Paging;
using Blog.Domain.Posts;

namespace MvcControllers.Models;

/// <summary>The comments "manager": named, chainable filters over <c>IQueryable&lt;Comment&gt;</c>.</summary>
public static class CommentQuerySet
{
    public static IQueryable<Comment> OnPost(this IQueryable<Comment> comments, int postId) =>
        comments.Where(c => c.PostId == postId);

    /// <summary>Comments whose post the viewer can see (≈ <c>filter(Q(post__status=PUBLISHED) | Q(post__author=user))</c>).</summary>
    public static IQueryable<Comment> OnVisiblePost(this IQueryable<Comment> comments, int? viewerId) =>
        comments.Where(c => c.Post.Status == PostStatus.Published || c.Post.AuthorId == viewerId);

    /// <summary>Keyset pagination, newest first: limit + 1 rows after the cursor, ties broken by id.</summary>
    public static IQueryable<Comment> KeysetPage(this IQueryable<Comment> comments, CommentListQuery query)
    {
        if (query.After is { } after)
        {
            var at = query.AfterTimestamp;
            comments = comments.Where(c => c.CreatedAt < at || (c.CreatedAt == at && c.Id < after.Id));
        }
        return comments.OrderByDescending(c => c.CreatedAt).ThenByDescending(c => c.Id).Take(query.Limit + 1);
    }
}
