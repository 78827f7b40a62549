using System.Text.Json.Serialization;
using Blog.Domain.Posts;

namespace Blog.Hosting.Wire;

/// <summary>
/// A post on the wire. Tags are listed in ordinal name order so that every host and database agree
/// (a database collation may order '-' differently).
/// </summary>
public sealed record PostView(
    int Id,
    string Title,
    string Slug,
    string Content,
    PostStatus Status,
    IReadOnlyList<string> Tags,
    [property: JsonPropertyOrder(1)] AuthorView Author,
    [property: JsonPropertyOrder(1)] int CommentCount,
    [property: JsonPropertyOrder(1)] DateTime CreatedAt,
    [property: JsonPropertyOrder(1)] DateTime UpdatedAt)
{
    public IReadOnlyList<string> Tags { get; init; } = Tags.Order(StringComparer.Ordinal).ToList();
}
