using Blog.Domain.Paging;
using Blog.Domain.Posts;

namespace Blog.Hosting.Wire;

public static class PostViewProjection
{
    /// <summary>Posts as their wire shape, with author, tags and comment count: one SQL statement under EF Core.</summary>
    public static IQueryable<PostView> ToViews(this IQueryable<Post> posts) =>
        posts.Select(p => new PostView(
            p.Id, p.Title, p.Slug, p.Content, p.Status,
            p.Tags.Select(t => t.Name).ToList(),
            new AuthorView(p.AuthorId, p.Author.Username),
            p.Comments.Count,
            p.CreatedAt, p.UpdatedAt));

    /// <summary>Where a page that ends with this post ends, under the list's sort.</summary>
    public static CursorPosition PositionUnder(this PostView post, PostSort sort) =>
        new(sort.KeyOf(post.CreatedAt, post.UpdatedAt, post.Title), post.Id);
}
