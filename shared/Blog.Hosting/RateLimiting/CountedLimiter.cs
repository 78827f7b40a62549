using System.Diagnostics;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// The rate limiter of one partition (one key of one rule) over the shared counters. It holds no count itself — the
/// counters do, in memory or in Redis — so that every instance sharing Redis shares the window. The outcome is also
/// recorded on the request (found through <see cref="IHttpContextAccessor"/>: the framework hands a granted lease to no
/// one), for its `RateLimit-*` headers.
/// </summary>
internal sealed class CountedLimiter(IWindowCounters counters, RateLimitRule rule, string key, IHttpContextAccessor requests) : RateLimiter
{
    private long lastUsed = Stopwatch.GetTimestamp();

    /// <summary>So that the framework disposes the limiters of keys no longer seen (their counts live on in the counters).</summary>
    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    /// <summary>Counting may need a round trip to Redis: a refused attempt, after which the framework acquires asynchronously.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => Undecided.Lease;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
        var outcome = await RateLimitOutcome.TakeAsync(counters, rule, key, cancellationToken);
        if (requests.HttpContext is { } context) RateLimitHeaders.Record(context, outcome);
        return new Decided(outcome);
    }

    private sealed class Decided(RateLimitOutcome outcome) : RateLimitLease
    {
        public override bool IsAcquired => !outcome.Refused;

        public override IEnumerable<string> MetadataNames => outcome.Refused ? [MetadataName.RetryAfter.Name] : [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = outcome.Refused && metadataName == MetadataName.RetryAfter.Name ? TimeSpan.FromSeconds(outcome.ResetSeconds) : null;
            return metadata is not null;
        }
    }

    private sealed class Undecided : RateLimitLease
    {
        public static readonly Undecided Lease = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
