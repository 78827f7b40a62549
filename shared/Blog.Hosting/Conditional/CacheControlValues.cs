namespace Blog.Hosting.Conditional;

/// <summary>The contract's three <c>Cache-Control</c> values.</summary>
public static class CacheControlValues
{
    /// <summary>A readable answer to an anonymous caller: any cache may keep it, but must revalidate it before use.</summary>
    public const string Revalidate = "no-cache";

    /// <summary>
    /// A readable answer to an authenticated caller: only the caller's own cache may keep it (another user's draft is
    /// never in a shared cache), revalidated before use.
    /// </summary>
    public const string PrivateRevalidate = "private, no-cache";

    /// <summary>Everything else (writes, errors, tokens, keys, health): kept by no cache.</summary>
    public const string NoStore = "no-store";
}
