using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Conditional;

/// <summary>
/// RFC 9110's comparisons of a request's tag list (<c>If-None-Match</c>, <c>If-Match</c>) with a representation's tag.
/// A compressed variant names the same representation, so its suffix is ignored by both; a list that does not parse
/// matches nothing.
/// </summary>
public static class EntityTagLists
{
    /// <summary>If-None-Match's weak comparison: <c>*</c>, or any tag naming the representation, <c>W/</c> or not.</summary>
    public static bool AnyMatchesWeakly(StringValues header, string tag) =>
        Parse(header) is { } tags && tags.Any(t => t.Equals(EntityTagHeaderValue.Any)
            || EntityTag.Representation(t.ToString()) == EntityTag.Representation(tag));

    /// <summary>If-Match's strong comparison: <c>*</c> (the resource exists), or a strong tag naming the representation.</summary>
    public static bool AnyMatchesStrongly(StringValues header, string tag) =>
        Parse(header) is { } tags && tags.Any(t => t.Equals(EntityTagHeaderValue.Any)
            || (!t.IsWeak && EntityTag.Representation(t.ToString()) == EntityTag.Representation(tag)));

    private static IList<EntityTagHeaderValue>? Parse(StringValues header) =>
        EntityTagHeaderValue.TryParseStrictList(header, out var tags) ? tags : null;
}
