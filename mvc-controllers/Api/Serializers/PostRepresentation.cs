using System.Text.Json.Serialization;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

/// <summary>
/// What <see cref="PostSerializer.Representation"/> gives for a post (≈ <c>serializer.data</c>). Tags are listed in
/// ordinal name order, so that every host and database agree (a database collation may order '-' differently).
/// </summary>
[WireSchema("PostView")]
public sealed record PostRepresentation(
    int Id,
    string Title,
    string Slug,
    string Content,
    PostStatus Status,
    IReadOnlyList<string> Tags,
    [property: JsonPropertyOrder(1)] AuthorRepresentation Author,
    [property: JsonPropertyOrder(1)] int CommentCount,
    [property: JsonPropertyOrder(1)] DateTime CreatedAt,
    [property: JsonPropertyOrder(1)] DateTime UpdatedAt)
{
    public IReadOnlyList<string> Tags { get; init; } = Tags.Order(StringComparer.Ordinal).ToList();

    /// <summary>Where a page that ends with this post ends, under the list's sort.</summary>
    public CursorPosition PositionUnder(PostSort sort) => new(sort.KeyOf(CreatedAt, UpdatedAt, Title), Id);
}
