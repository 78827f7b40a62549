using Blog.Hosting.Validation;

namespace MinimalApi.Schemas;

public sealed record CommentCreate
{
    [CommentContent] public string? Content { get; init; }
}
