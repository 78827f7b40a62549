namespace Blog.Domain.Posts;

/// <summary>The wire and database spelling of <see cref="PostStatus"/>: lower-case words.</summary>
public static class PostStatuses
{
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Archived = "archived";

    public static readonly IReadOnlyList<string> All = [Draft, Published, Archived];

    public static string ToWire(this PostStatus status) => status switch
    {
        PostStatus.Draft => Draft,
        PostStatus.Published => Published,
        PostStatus.Archived => Archived,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>A status that passed validation, or the fallback when none was sent.</summary>
    public static PostStatus ParseOr(string? value, PostStatus fallback) => TryParse(value, out var status) ? status : fallback;

    public static bool TryParse(string? value, out PostStatus status)
    {
        switch (value)
        {
            case Draft: status = PostStatus.Draft; return true;
            case Published: status = PostStatus.Published; return true;
            case Archived: status = PostStatus.Archived; return true;
            default: status = default; return false;
        }
    }
}
