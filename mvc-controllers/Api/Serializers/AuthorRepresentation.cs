using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

/// <summary>The author nested in a post or comment (≈ a nested serializer with <c>source="author"</c>).</summary>
[WireSchema("AuthorView")]
public sealed record AuthorRepresentation(int Id, string Username);
