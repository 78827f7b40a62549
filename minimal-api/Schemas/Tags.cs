using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

[WireSchema("TagCountView")]
public sealed record TagCount(string Name, int PostCount);
