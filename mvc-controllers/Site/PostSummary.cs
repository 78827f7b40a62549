namespace MvcControllers.Site;

/// <summary>A published post as the home page lists it.</summary>
public sealed record PostSummary(
    string Title, string Slug, string Author, DateTime CreatedAt, string Excerpt, IReadOnlyList<string> Tags, int CommentCount);
