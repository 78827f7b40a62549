namespace MvcControllers.Areas.Site.Posts;

/// <summary>One published post with its comments, oldest first.</summary>
public sealed record PostPage(
    string Title, string Author, DateTime CreatedAt, string Content, IReadOnlyList<string> Tags,
    IReadOnlyList<PostPage.CommentLine> Comments)
{
    public sealed record CommentLine(string Author, string Content, DateTime CreatedAt);
}
