using Blog.Data.Queries;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using MinimalApi.Schemas;

namespace MinimalApi.Crud;

public static class PostProjection
{
    /// <summary>
    /// Posts as answered, with author, tags and comment count: one SQL statement under EF Core. The tags come
    /// aggregated into one string per post (<see cref="JoinedTags"/>; EF Core translates <c>string.Join</c> only over
    /// a group) rather than as joined rows to regroup.
    /// </summary>
    public static IQueryable<PostPublic> ToPublic(this IQueryable<Post> posts) =>
        posts.Select(p => new PostPublic(
            p.Id, p.Title, p.Slug, p.Content, p.Status,
            JoinedTags.Split(p.Tags.GroupBy(t => t.PostId).Select(g => string.Join(JoinedTags.Separator, g.Select(t => t.Name))).FirstOrDefault()),
            new Author(p.AuthorId, p.Author.Username),
            p.Comments.Count,
            p.CreatedAt, p.UpdatedAt));

    /// <summary>Where a page that ends with this post ends, under the list's sort.</summary>
    public static CursorPosition PositionUnder(this PostPublic post, PostSort sort) =>
        new(sort.KeyOf(post.CreatedAt, post.UpdatedAt, post.Title), post.Id);
}
