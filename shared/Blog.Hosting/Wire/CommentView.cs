using Blog.Domain.Paging;

namespace Blog.Hosting.Wire;

public sealed record CommentView(int Id, int PostId, string Content, AuthorView Author, DateTime CreatedAt)
{
    /// <summary>Where a page that ends with this comment ends (comments are listed newest first, ties by id).</summary>
    public CursorPosition Position() => new(PostSort.KeyOf(CreatedAt), Id);
}
