using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;

namespace MinimalApi.Crud;

/// <summary>The post filters the handlers compose, like the query helpers of a FastAPI app's crud module.</summary>
public static class PostQueries
{
    public static IQueryable<Post> VisibleTo(this IQueryable<Post> posts, int? viewerId) =>
        posts.Where(p => p.Status == PostStatus.Published || p.AuthorId == viewerId);

    /// <summary>The list filters, ANDed. Only published posts are public; other statuses list the caller's own.</summary>
    public static IQueryable<Post> Matching(this IQueryable<Post> posts, PostListQuery query, int? viewerId)
    {
        posts = query.Status == PostStatus.Published
            ? posts.Where(p => p.Status == PostStatus.Published)
            : posts.Where(p => p.Status == query.Status && p.AuthorId == viewerId);
        if (query.AuthorId is { } authorId) posts = posts.Where(p => p.AuthorId == authorId);
        if (query.Tag is { } tag) posts = posts.Where(p => p.Tags.Any(t => t.Name == tag));
        if (query.SearchPattern is { } pattern)
            posts = posts.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, Like.Escape)
                || EF.Functions.Like(p.Content.ToLower(), pattern, Like.Escape));
        return posts;
    }
}
