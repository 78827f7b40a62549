namespace MvcControllers.Web;

/// <summary>
/// Where a login may send the user back to (its <c>next</c>), ≈ Django's <c>url_has_allowed_host_and_scheme</c>: a
/// path of this site, or the fallback. Anything else (another host, <c>//host</c>, <c>/\host</c>, a scheme, a control
/// character) is the fallback.
/// </summary>
public static class LocalRedirects
{
    /// <summary>Only parsed against, to resolve and escape a path; never a place to go.</summary>
    private static readonly Uri ThisSite = new("http://site.invalid/");

    /// <summary>
    /// <paramref name="next"/> resolved as a browser reads it (dot segments removed, <c>\</c> read as <c>/</c>) and
    /// escaped to ASCII, as a <c>Location</c> header must be; checked again once resolved, since resolving may make a
    /// path of another host (<c>/.//evil.example</c> becomes <c>//evil.example</c>). The path must stay under
    /// <paramref name="root"/>.
    /// </summary>
    public static string PathOr(string? next, string fallback, string root = "/")
    {
        if (!IsLocalPath(next) || !Uri.TryCreate(ThisSite, next, out var target) || target.Authority != ThisSite.Authority) return fallback;
        var resolved = target.PathAndQuery + target.Fragment;
        return IsLocalPath(resolved) && resolved.All(char.IsAscii) && IsUnder(target.AbsolutePath, root) ? resolved : fallback;
    }

    private static bool IsLocalPath(string? url) => url is ['/', ..] and not ['/', '/' or '\\', ..] && !url.Any(char.IsControl);

    private static bool IsUnder(string path, string root) =>
        root == "/" || path == root || path.StartsWith(root + "/", StringComparison.Ordinal);
}
