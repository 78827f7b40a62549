using Blog.Hosting.Validation;

namespace MinimalApi.Schemas;

/// <summary>The body of POST /posts and of PUT /posts/{id}, which replaces every field (omitted ones reset).</summary>
public sealed record PostCreate
{
    [PostTitle] public string? Title { get; init; }
    [PostContent] public string? Content { get; init; }
    [PostStatus] public string? Status { get; init; }
    [TagList] public List<string>? Tags { get; init; }
}
