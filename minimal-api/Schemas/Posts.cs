using System.Text.Json.Serialization;
using Blog.Domain.Posts;
using Blog.Hosting.Json;
using Blog.Hosting.OpenApi;
using MinimalApi.Validation;

namespace MinimalApi.Schemas;

/// <summary>The body of POST /posts and of PUT /posts/{id}, which replaces every field (omitted ones reset).</summary>
public sealed record PostCreate(
    [RequiredField, PostTitle] string Title,
    [RequiredField, PostContent] string Content,
    [PostStatus] string? Status = null,
    [TagList] List<string>? Tags = null);

/// <summary>The body of PATCH /posts/{id}: only the fields sent change, like Pydantic's <c>exclude_unset</c>.</summary>
public sealed record PostPatch
{
    [PostTitle] public Optional<string> Title { get; init; }
    [PostContent] public Optional<string> Content { get; init; }
    [PostStatus] public Optional<string> Status { get; init; }
    [TagList] public Optional<List<string>> Tags { get; init; }
}

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
