using Blog.Domain.Paging;
using Blog.Domain.Posts;
using MinimalApi.Schemas;

namespace MinimalApi.Crud;

public static class PostProjection
{
    /// <summary>Posts as answered, with author, tags and comment count: one SQL statement under EF Core.</summary>
    public static IQueryable<PostPublic> ToPublic(this IQueryable<Post> posts) =>
        posts.Select(p => new PostPublic(
            p.Id, p.Title, p.Slug, p.Content, p.Status,
            p.Tags.Select(t => t.Name).ToList(),
            new Author(p.AuthorId, p.Author.Username),
            p.Comments.Count,
            p.CreatedAt, p.UpdatedAt));

    /// <summary>Where a page that ends with this post ends, under the list's sort.</summary>
    public static CursorPosition PositionUnder(this PostPublic post, PostSort sort) =>
        new(sort.KeyOf(post.CreatedAt, post.UpdatedAt, post.Title), post.Id);
}
