using System.Globalization;

namespace Blog.Hosting.RateLimiting;

/// <summary>A limit refused the request: answered 429 with the contract's detail (the headers come from <see cref="RateLimitHeaders"/>).</summary>
public sealed class RateLimitedException(RateLimitOutcome outcome) : Exception(Detail(outcome.ResetSeconds))
{
    public static string Detail(int retryAfterSeconds) =>
        string.Create(CultureInfo.InvariantCulture, $"Too many requests: try again in {retryAfterSeconds} seconds.");
}
