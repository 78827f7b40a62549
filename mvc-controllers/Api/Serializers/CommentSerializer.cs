using Blog.Hosting.Validation;

namespace MvcControllers.Api.Serializers;

/// <summary>The body of POST /posts/{id}/comments.</summary>
public sealed class CommentSerializer
{
    [CommentContent] public string? Content { get; init; }
}
