using StackExchange.Redis;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// The counters of every instance, in Redis: one hash per counted key — its takes and its refusals, under one expiry,
/// so that both end with the window — written by scripts, so that simultaneous takes on any instances each get their
/// own count. Any error of Redis (unreachable, or answering LOADING, READONLY, OOM, BUSY) is <see cref="RateLimitsUnavailableException"/>.
/// </summary>
public sealed class RedisWindowCounters(IConnectionMultiplexer redis) : IWindowCounters
{
    // v2: the hashes; the string counters of the first version expire by themselves under their old names.
    private const string KeyPrefix = "blog:ratelimit:v2:";

    // A key without expiry (new, or a PEXPIRE lost to a crash) would never end its window: it gets one.
    private const string TakeScript = """
        local count = redis.call('HINCRBY', KEYS[1], 'takes', 1)
        local left = redis.call('PTTL', KEYS[1])
        if left < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          left = tonumber(ARGV[1])
        end
        return {count, left}
        """;

    private const string GiveBackScript = """
        if redis.call('PTTL', KEYS[1]) > 0 and tonumber(redis.call('HGET', KEYS[1], 'takes') or 0) > 0 then
          redis.call('HINCRBY', KEYS[1], 'takes', -1)
        end
        return 0
        """;

    // Only into a running window: a refusal noted after it ended would start a key without expiry.
    private const string CountRefusalScript = """
        if redis.call('PTTL', KEYS[1]) > 0 then
          redis.call('HINCRBY', KEYS[1], 'refusals', 1)
        end
        return 0
        """;

    public async ValueTask<WindowCount> TakeAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var result = await RunAsync(TakeScript, key, (long)window.TotalMilliseconds);
        var values = (RedisResult[])result!;
        return new WindowCount((long)values[0], TimeSpan.FromMilliseconds((long)values[1]));
    }

    public async ValueTask GiveBackAsync(string key, CancellationToken cancellationToken) =>
        await RunAsync(GiveBackScript, key, RedisValue.EmptyString);

    public async ValueTask CountRefusalAsync(string key, CancellationToken cancellationToken) =>
        await RunAsync(CountRefusalScript, key, RedisValue.EmptyString);

    public async ValueTask<long> RefusalsAsync(string key, CancellationToken cancellationToken)
    {
        var count = await OrUnavailable(() => redis.GetDatabase().HashGetAsync(KeyPrefix + key, "refusals"));
        return count.TryParse(out long value) ? value : 0;
    }

    private Task<RedisResult> RunAsync(string script, string key, RedisValue argument) =>
        OrUnavailable(() => redis.GetDatabase().ScriptEvaluateAsync(script, [KeyPrefix + key], [argument]));

    private static async Task<T> OrUnavailable<T>(Func<Task<T>> command)
    {
        try
        {
            return await command();
        }
        // RedisTimeoutException is a TimeoutException, not a RedisException.
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            throw new RateLimitsUnavailableException(e);
        }
    }
}
