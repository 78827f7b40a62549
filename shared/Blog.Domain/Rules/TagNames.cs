using System.Text.RegularExpressions;

namespace Blog.Domain.Rules;

public static partial class TagNames
{
    /// <summary>A tag is valid when, lower-cased, it is 1 to 30 characters of a-z, 0-9 and '-'.</summary>
    public static bool IsValid(string tag) => TagPattern().IsMatch(tag.ToLowerInvariant());

    /// <summary>Lower-cases and collapses duplicates, keeping first-seen order.</summary>
    public static IReadOnlyList<string> Normalize(IEnumerable<string>? tags) =>
        tags is null ? [] : tags.Select(t => t.ToLowerInvariant()).Distinct().ToList();

    [GeneratedRegex("^[a-z0-9-]{1,30}$")]
    private static partial Regex TagPattern();
}
