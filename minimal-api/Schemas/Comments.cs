using Blog.Hosting.OpenApi;
using MinimalApi.Validation;

namespace MinimalApi.Schemas;

/// <summary>The body of POST /posts/{id}/comments.</summary>
public sealed record CommentCreate([RequiredField, CommentContent] string Content);

[WireSchema("CommentView")]
public sealed record CommentPublic(int Id, int PostId, string Content, Author Author, DateTime CreatedAt);
