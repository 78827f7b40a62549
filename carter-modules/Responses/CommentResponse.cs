using Blog.Domain.Paging;
using Blog.Hosting.OpenApi;

namespace CarterModules.Responses;

[WireSchema("CommentView")]
public sealed record CommentResponse(int Id, int PostId, string Content, AuthorResponse Author, DateTime CreatedAt)
{
    /// <summary>Where a page that ends with this comment ends (comments are listed newest first, ties by id).</summary>
    public CursorPosition Position() => new(PostSort.KeyOf(CreatedAt), Id);
}
