using Blog.Hosting.Json;
using Blog.Hosting.Validation;

namespace MinimalApi.Schemas;

/// <summary>The body of PATCH /posts/{id}: only the fields sent change, like Pydantic's `exclude_unset`.</summary>
public sealed record PostPatch
{
    [PostTitle] public Optional<string> Title { get; init; }
    [PostContent] public Optional<string> Content { get; init; }
    [PostStatus] public Optional<string> Status { get; init; }
    [TagList] public Optional<List<string>> Tags { get; init; }
}
