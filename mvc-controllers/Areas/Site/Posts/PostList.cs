namespace MvcControllers.Areas.Site.Posts;

/// <summary>A page of published posts, newest first, under its heading.</summary>
public sealed record PostList(string Heading, IReadOnlyList<PostSummary> Posts, Pager Pager);
