using System.Linq.Expressions;
using Blog.Domain.Posts;

namespace MvcControllers.Areas.Site.Posts;

/// <summary>A published post as a list shows it: <paramref name="Opening"/> is the start of its content, enough for the excerpt.</summary>
public sealed record PostSummary(
    string Title, string Slug, string Author, DateTime CreatedAt, string Opening, IReadOnlyList<string> Tags, int CommentCount)
{
    private const int ExcerptLength = 280;

    /// <summary>
    /// The projection a list runs: the author joined, the tags and the comment count in the same statement, and no more
    /// of the content than tells whether the excerpt is cut.
    /// </summary>
    public static readonly Expression<Func<Post, PostSummary>> From = p => new PostSummary(
        p.Title, p.Slug, p.Author.Username, p.CreatedAt, p.Content.Substring(0, ExcerptLength + 1),
        p.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
        p.Comments.Count);

    public string Excerpt => Opening.Length <= ExcerptLength
        ? Opening
        // Never between the two halves of a surrogate pair.
        : string.Concat(Opening.AsSpan(0, char.IsHighSurrogate(Opening[ExcerptLength - 1]) ? ExcerptLength - 1 : ExcerptLength), "…");
}
