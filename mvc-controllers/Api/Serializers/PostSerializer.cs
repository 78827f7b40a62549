using Blog.Hosting.Validation;

namespace MvcControllers.Api.Serializers;

/// <summary>
/// The body of POST /posts and PUT /posts/{id}: the full set of writable fields, so PUT replaces every one
/// (omitted status and tags reset to draft and none).
/// </summary>
public sealed class PostSerializer
{
    [PostTitle] public string? Title { get; init; }
    [PostContent] public string? Content { get; init; }
    [PostStatus] public string? Status { get; init; }
    [TagList] public List<string>? Tags { get; init; }
}
