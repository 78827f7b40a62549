namespace Blog.Mvc.AdminTests.Support;

/// <summary>The headers an HTML page of this host must send: no MIME sniffing, no framing, a strict CSP.</summary>
public static class SecurityHeaderAssert
{
    /// <summary>
    /// nosniff, X-Frame-Options DENY, and a Content-Security-Policy that forbids framing and restricts scripts
    /// (script-src, or default-src in its absence) without 'unsafe-inline' — for scripts or styles.
    /// </summary>
    public static void HasPageHeaders(HttpResponseMessage response, string what)
    {
        Assert.True("nosniff" == Header(response, "X-Content-Type-Options"), $"{what}: X-Content-Type-Options is not nosniff.");
        Assert.True("DENY" == Header(response, "X-Frame-Options"), $"{what}: X-Frame-Options is not DENY.");
        var policy = Header(response, "Content-Security-Policy");
        Assert.True(policy is not null, $"{what}: no Content-Security-Policy.");
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(d => d[0].ToLowerInvariant(), d => d[1..]);
        Assert.True(directives.TryGetValue("frame-ancestors", out var ancestors) && ancestors is ["'none'"],
            $"{what}: the policy does not say frame-ancestors 'none': {policy}");
        var scripts = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        Assert.True(scripts is { Length: > 0 }, $"{what}: the policy does not restrict scripts: {policy}");
        Assert.False(policy.Contains("'unsafe-inline'", StringComparison.OrdinalIgnoreCase), $"{what}: the policy allows inline code: {policy}");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
