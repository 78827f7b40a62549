namespace Blog.Hosting.RateLimiting;

/// <summary>
/// The names of the contract's limits (docs/contract.md, "Rate limits"): also the configuration sections
/// (`RateLimits:&lt;Name&gt;:PermitLimit` / `WindowSeconds`) and, but for <see cref="LoginFailures"/>, which the login
/// handlers consult themselves through <see cref="LoginThrottle"/>, the rate limiter policies the hosts put on routes.
/// </summary>
public static class RateLimitPolicies
{
    /// <summary>Every POST of /auth/*, per client address.</summary>
    public const string Auth = "Auth";

    /// <summary>Failed logins, per case-folded username.</summary>
    public const string LoginFailures = "LoginFailures";

    /// <summary>Every write of an authenticated user, per user id.</summary>
    public const string Writes = "Writes";

    /// <summary>Every GET without credentials, per client address.</summary>
    public const string AnonymousReads = "AnonymousReads";
}
