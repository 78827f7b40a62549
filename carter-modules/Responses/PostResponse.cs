using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Hosting.OpenApi;

namespace CarterModules.Responses;

/// <summary>A post as `res.json(post)` sends it; its tags in ordinal name order.</summary>
[WireSchema("PostView")]
public sealed record PostResponse(
    int Id,
    string Title,
    string Slug,
    string Content,
    PostStatus Status,
    IReadOnlyList<string> Tags,
    AuthorResponse Author,
    int CommentCount,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>Where a page that ends with this post ends, under the list's sort.</summary>
    public CursorPosition PositionUnder(PostSort sort) => new(sort.KeyOf(CreatedAt, UpdatedAt, Title), Id);
}
