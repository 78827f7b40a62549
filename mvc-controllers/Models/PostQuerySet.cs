using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Models;

/// <summary>
/// The posts "manager": named, chainable filters over <c>IQueryable&lt;Post&gt;</c>, like a Django custom QuerySet
/// (<c>Post.objects.published().by_author(id).with_tag(name)</c>). Each returns a query; nothing runs until the
/// view materialises it. The shared <c>KeysetPage</c> (Blog.Data.Queries) chains onto them the same way, and a
/// serializer's representation projects the result.
/// </summary>
public static class PostQuerySet
{
    public static IQueryable<Post> Published(this IQueryable<Post> posts) =>
        posts.Where(p => p.Status == PostStatus.Published);

    /// <summary>Published posts, plus the viewer's own of any status (≈ <c>Q(status=PUBLISHED) | Q(author=user)</c>).</summary>
    public static IQueryable<Post> VisibleTo(this IQueryable<Post> posts, int? viewerId) =>
        posts.Where(p => p.Status == PostStatus.Published || p.AuthorId == viewerId);

    /// <summary>One status: published is public, a draft or archived list is only ever the viewer's own.</summary>
    public static IQueryable<Post> WithStatus(this IQueryable<Post> posts, PostStatus status, int? viewerId) =>
        status == PostStatus.Published
            ? posts.Published()
            : posts.Where(p => p.Status == status && p.AuthorId == viewerId);

    public static IQueryable<Post> ByAuthor(this IQueryable<Post> posts, int authorId) =>
        posts.Where(p => p.AuthorId == authorId);

    public static IQueryable<Post> WithTag(this IQueryable<Post> posts, string name) =>
        posts.Where(p => p.Tags.Any(t => t.Name == name));

    /// <summary>Case-insensitive substring of title or content (≈ <c>Q(title__icontains=s) | Q(content__icontains=s)</c>).</summary>
    public static IQueryable<Post> Matching(this IQueryable<Post> posts, string search)
    {
        var pattern = Like.Contains(search);
        return posts.Where(p => EF.Functions.Like(p.Title.ToLower(), pattern, Like.Escape)
            || EF.Functions.Like(p.Content.ToLower(), pattern, Like.Escape));
    }

    /// <summary>Every filter of a GET /posts query, ANDed, the way a FilterSet chains them.</summary>
    public static IQueryable<Post> Filter(this IQueryable<Post> posts, PostListQuery query, int? viewerId)
    {
        posts = posts.WithStatus(query.Status, viewerId);
        if (query.AuthorId is { } authorId) posts = posts.ByAuthor(authorId);
        if (query.Tag is { } tag) posts = posts.WithTag(tag);
        if (query.Search is { } search) posts = posts.Matching(search);
        return posts;
    }
}
