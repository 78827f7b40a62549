namespace Blog.Hosting.RateLimiting;

/// <summary>What one limit decided for a request: the permits left after it, and the whole seconds until its window ends.</summary>
public readonly record struct RateLimitOutcome(RateLimitRule Rule, long Remaining, int ResetSeconds, bool Refused)
{
    /// <summary>Counts one request under <paramref name="rule"/> for <paramref name="key"/>.</summary>
    public static async ValueTask<RateLimitOutcome> TakeAsync(
        IWindowCounters counters, RateLimitRule rule, string key, CancellationToken cancellationToken)
    {
        var (count, left) = await counters.TakeAsync(CounterKey(rule, key), rule.Window, cancellationToken);
        // At least 1: a client told 0 would retry at once, into the same window.
        var reset = Math.Max(1, (int)Math.Ceiling(left.TotalSeconds));
        return new RateLimitOutcome(rule, Math.Max(0, rule.PermitLimit - count), reset, count > rule.PermitLimit);
    }

    /// <summary>Gives the permit of this (granted) outcome back, for a request the limit does not count after all.</summary>
    public async ValueTask<RateLimitOutcome> GiveBackAsync(IWindowCounters counters, string key, CancellationToken cancellationToken)
    {
        await counters.GiveBackAsync(CounterKey(Rule, key), cancellationToken);
        return this with { Remaining = Math.Min(Rule.PermitLimit, Remaining + 1) };
    }

    /// <summary>Notes one refusal of <paramref name="key"/>'s requests in its running window, which it ends with.</summary>
    public static ValueTask CountRefusalAsync(IWindowCounters counters, RateLimitRule rule, string key, CancellationToken cancellationToken) =>
        counters.CountRefusalAsync(CounterKey(rule, key), cancellationToken);

    /// <summary>The refusals noted for <paramref name="key"/> in its running window.</summary>
    public static ValueTask<long> RefusalsAsync(IWindowCounters counters, RateLimitRule rule, string key, CancellationToken cancellationToken) =>
        counters.RefusalsAsync(CounterKey(rule, key), cancellationToken);

    private static string CounterKey(RateLimitRule rule, string key) => rule.Name + ":" + key;
}
