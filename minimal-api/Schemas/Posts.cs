using System.Text.Json.Serialization;
using Blog.Domain.Posts;
using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

/// <summary>
/// A post as answered. Tags are listed in ordinal name order so that every host and database agree
/// (a database collation may order '-' differently).
/// </summary>
[WireSchema("PostView")]
public sealed record PostPublic(
    int Id,
    string Title,
    string Slug,
    string Content,
    PostStatus Status,
    IReadOnlyList<string> Tags,
    [property: JsonPropertyOrder(1)] Author Author,
    [property: JsonPropertyOrder(1)] int CommentCount,
    [property: JsonPropertyOrder(1)] DateTime CreatedAt,
    [property: JsonPropertyOrder(1)] DateTime UpdatedAt)
{
    public IReadOnlyList<string> Tags { get; init; } = Tags.Order(StringComparer.Ordinal).ToList();
}
