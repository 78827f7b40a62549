using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Blog.Hosting.Auth;
using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// A named policy of ASP.NET Core's rate limiter over <see cref="CountedLimiter"/>: the request's partition is the key
/// the rule counts it under, or none (not limited) when the rule does not count it — an anonymous write, a read
/// with credentials. Refusals are the contract's 429 problem.
/// </summary>
public sealed class CountedPolicy(RateLimitRule rule, Func<HttpContext, string?> keyOf, IWindowCounters counters, IHttpContextAccessor requests)
    : IRateLimiterPolicy<string>
{
    public Func<OnRejectedContext, CancellationToken, ValueTask> OnRejected { get; } = (rejected, _) =>
    {
        var seconds = RateLimitHeaders.Deciding(rejected.HttpContext)?.ResetSeconds ?? 1;
        return new ValueTask(rejected.HttpContext.WriteProblemAsync(BlogProblems.Problem(
            StatusCodes.Status429TooManyRequests, RateLimitedException.Detail(seconds), null)));
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) => keyOf(httpContext) is { } key
        ? RateLimitPartition.Get(key, partitionKey => new CountedLimiter(counters, rule, partitionKey, requests))
        : RateLimitPartition.GetNoLimiter("");

    /// <summary>The client's address: <see cref="RateLimitPolicies.Auth"/>.</summary>
    public static string? ByAddress(HttpContext context) => ClientAddress.Of(context);

    /// <summary>
    /// The user's id, for a write by an authenticated user: <see cref="RateLimitPolicies.Writes"/>. A token or key
    /// names its user in `sub`; a cookie of mvc's site in NameIdentifier: one user, one window, whichever they write through.
    /// </summary>
    public static string? ByUserWriting(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.User.Identity?.IsAuthenticated != true
            ? null
            : context.User.IdOrNull()?.ToString(CultureInfo.InvariantCulture) ?? context.User.FindFirstValue(ClaimTypes.NameIdentifier);

    /// <summary>
    /// The client's address, for a read by no authenticated user: <see cref="RateLimitPolicies.AnonymousReads"/>.
    /// Decided by the user authentication found (the limiter runs after it), not by the header: an `Authorization`
    /// that authenticates no one (`Basic x`, a bare `ApiKey`) is an anonymous read.
    /// </summary>
    public static string? ByAddressReadingAnonymously(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.User.Identity?.IsAuthenticated != true
            ? ClientAddress.Of(context)
            : null;
}
