namespace MvcControllers.Admin.Posts;

/// <summary>The delete confirmation: the post and everything that goes with it.</summary>
public sealed record PostDeletePage(int Id, string Title, string Author, IReadOnlyList<PostComment> Comments);
