using Blog.Hosting.Json;
using Blog.Hosting.Validation;

namespace MvcControllers.Api.Serializers;

/// <summary>
/// The body of PATCH /posts/{id}, the serializer with <c>partial=True</c>: only the fields sent are validated
/// and changed; an explicit null is refused.
/// </summary>
public sealed class PostPatchSerializer
{
    [PostTitle] public Optional<string> Title { get; init; }
    [PostContent] public Optional<string> Content { get; init; }
    [PostStatus] public Optional<string> Status { get; init; }
    [TagList] public Optional<List<string>> Tags { get; init; }
}
