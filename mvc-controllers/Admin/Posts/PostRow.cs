using Blog.Domain.Posts;

namespace MvcControllers.Admin.Posts;

/// <summary>One line of the post change list: the list_display columns.</summary>
public sealed record PostRow(int Id, string Title, string Slug, string Author, PostStatus Status, DateTime CreatedAt, int CommentCount);
