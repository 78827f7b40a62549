using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

/// <summary>A tag and how many published posts carry it (≈ <c>.values("name").annotate(post_count=Count("post"))</c>).</summary>
[WireSchema("TagCountView")]
public sealed record TagCountRepresentation(string Name, int PostCount);
