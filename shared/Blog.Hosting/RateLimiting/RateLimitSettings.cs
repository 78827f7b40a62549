using Microsoft.Extensions.Configuration;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// The four limits with the contract's defaults: generous per address (a busy honest client, or a test suite
/// registering and logging in hundreds of users a minute from one machine, and the contract suite's race trials, which
/// send thousands of auth requests and writes a minute from one address and one user) and strict per username on failures.
/// </summary>
public sealed record RateLimitSettings(RateLimitRule Auth, RateLimitRule LoginFailures, RateLimitRule Writes, RateLimitRule AnonymousReads)
{
    public static RateLimitSettings From(IConfiguration configuration) => new(
        RateLimitRule.From(configuration, RateLimitPolicies.Auth, 12000, 60),
        RateLimitRule.From(configuration, RateLimitPolicies.LoginFailures, 5, 300),
        RateLimitRule.From(configuration, RateLimitPolicies.Writes, 6000, 60),
        RateLimitRule.From(configuration, RateLimitPolicies.AnonymousReads, 6000, 60));
}
