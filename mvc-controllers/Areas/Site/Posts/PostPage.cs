namespace MvcControllers.Areas.Site.Posts;

/// <summary>One published post with its comments, oldest first as a discussion reads, and the comment form.</summary>
public sealed record PostPage(
    string Title, string Slug, string Author, DateTime CreatedAt, string Content, IReadOnlyList<string> Tags,
    IReadOnlyList<PostPage.CommentLine> Comments)
{
    /// <summary>The post's id, which the page's live comments join on the hub.</summary>
    public int Id { get; init; }

    /// <summary>The form as the reader sent it when it had errors; empty otherwise.</summary>
    public CommentForm Form { get; init; } = new();

    public sealed record CommentLine(int Id, string Author, string Content, DateTime CreatedAt);
}
