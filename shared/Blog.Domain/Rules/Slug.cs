using System.Text;

namespace Blog.Domain.Rules;

public static class Slug
{
    /// <summary>How many times a host retries an insert whose slug lost a race to a simultaneous one.</summary>
    public const int MaxAttempts = 50;

    /// <summary>Lower-case; letters and digits kept; runs of anything else become one '-', trimmed; empty becomes "post".</summary>
    public static string From(string title)
    {
        var slug = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().TrimEnd('-');
        return result.Length == 0 ? "post" : result;
    }

    /// <summary>A renamed post gets a new slug only when its title's slug changes ("Hello!" → "Hello" keeps "hello-2").</summary>
    public static bool Changes(string oldTitle, string newTitle) => From(oldTitle) != From(newTitle);

    /// <summary>The first of base, base-2, base-3, … that is not taken.</summary>
    public static string FirstFree(string baseSlug, IEnumerable<string> taken)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        if (!used.Contains(baseSlug)) return baseSlug;
        for (var n = 2; ; n++)
        {
            var candidate = $"{baseSlug}-{n}";
            if (!used.Contains(candidate)) return candidate;
        }
    }

    /// <summary>The SQL LIKE pattern that finds base-N siblings; slugs hold no LIKE wildcards.</summary>
    public static string SiblingPattern(string baseSlug) => baseSlug + "-%";
}
