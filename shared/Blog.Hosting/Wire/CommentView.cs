namespace Blog.Hosting.Wire;

public sealed record CommentView(int Id, int PostId, string Content, AuthorView Author, DateTime CreatedAt);
