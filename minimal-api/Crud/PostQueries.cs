using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Errors;
using Blog.Hosting.Wire;
using Microsoft.EntityFrameworkCore;

namespace MinimalApi.Crud;

/// <summary>The post queries the handlers compose, like the query helpers of a FastAPI app's crud module.</summary>
public static class PostQueries
{
    /// <summary>Posts with their author, tags and comment count, in one SQL statement.</summary>
    public static IQueryable<PostView> ToViews(this IQueryable<Post> posts) =>
        posts.Select(p => new PostView(
            p.Id, p.Title, p.Slug, p.Content, p.Status,
            p.Tags.Select(t => t.Name).ToList(),
            new AuthorView(p.AuthorId, p.Author.Username),
            p.Comments.Count,
            p.CreatedAt, p.UpdatedAt));

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

    /// <summary>Keyset pagination: the rows after the cursor in the query's order, ties broken by id.</summary>
    public static IQueryable<Post> PageAfter(this IQueryable<Post> posts, PostListQuery query)
    {
        var sort = query.Sort;
        if (query.After is { } after)
        {
            var id = (int)after.Id;
            var title = after.Key;
            var at = sort.Field == PostSortField.Title ? default : Timestamp(query);
            posts = (sort.Field, sort.Descending) switch
            {
                (PostSortField.Title, false) => posts.Where(p => string.Compare(p.Title, title) > 0 || (p.Title == title && p.Id > id)),
                (PostSortField.Title, true) => posts.Where(p => string.Compare(p.Title, title) < 0 || (p.Title == title && p.Id < id)),
                (PostSortField.CreatedAt, false) => posts.Where(p => p.CreatedAt > at || (p.CreatedAt == at && p.Id > id)),
                (PostSortField.CreatedAt, true) => posts.Where(p => p.CreatedAt < at || (p.CreatedAt == at && p.Id < id)),
                (PostSortField.UpdatedAt, false) => posts.Where(p => p.UpdatedAt > at || (p.UpdatedAt == at && p.Id > id)),
                _ => posts.Where(p => p.UpdatedAt < at || (p.UpdatedAt == at && p.Id < id)),
            };
        }
        var ordered = (sort.Field, sort.Descending) switch
        {
            (PostSortField.Title, false) => posts.OrderBy(p => p.Title).ThenBy(p => p.Id),
            (PostSortField.Title, true) => posts.OrderByDescending(p => p.Title).ThenByDescending(p => p.Id),
            (PostSortField.CreatedAt, false) => posts.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id),
            (PostSortField.CreatedAt, true) => posts.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
            (PostSortField.UpdatedAt, false) => posts.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id),
            _ => posts.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id),
        };
        return ordered.Take(query.Limit + 1);
    }

    public static CursorPosition PositionOf(PostView post, PostSort sort) =>
        new(sort.KeyOf(post.CreatedAt, post.UpdatedAt, post.Title), post.Id);

    private static DateTime Timestamp(PostListQuery query) =>
        query.AfterTimestamp ?? throw new BadRequestError("The cursor is invalid, or was made for another sort or filter.");
}
