using Blog.Hosting.OpenApi;

namespace CarterModules.Responses;

[WireSchema("TagCountView")]
public sealed record TagCountResponse(string Name, int PostCount);
