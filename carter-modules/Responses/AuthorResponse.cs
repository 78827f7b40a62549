using Blog.Hosting.OpenApi;

namespace CarterModules.Responses;

/// <summary>Who wrote a post or a comment.</summary>
[WireSchema("AuthorView")]
public sealed record AuthorResponse(int Id, string Username);
