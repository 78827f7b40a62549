using Blog.Hosting.OpenApi;

namespace MinimalApi.Schemas;

[WireSchema("CommentView")]
public sealed record CommentPublic(int Id, int PostId, string Content, Author Author, DateTime CreatedAt);
