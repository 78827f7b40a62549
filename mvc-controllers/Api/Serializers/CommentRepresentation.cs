using Blog.Domain.Paging;
using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

/// <summary>What <see cref="CommentSerializer.Representation"/> gives for a comment.</summary>
[WireSchema("CommentView")]
public sealed record CommentRepresentation(int Id, int PostId, string Content, AuthorRepresentation Author, DateTime CreatedAt)
{
    /// <summary>Where a page that ends with this comment ends (comments are listed newest first, ties by id).</summary>
    public CursorPosition Position() => new(PostSort.KeyOf(CreatedAt), Id);
}
