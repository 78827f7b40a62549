namespace MvcControllers.Admin.Posts;

/// <summary>A comment as the post form's inline shows it.</summary>
public sealed record PostComment(int Id, string Author, string Content, DateTime CreatedAt);
