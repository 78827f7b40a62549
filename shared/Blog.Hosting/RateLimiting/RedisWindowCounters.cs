using StackExchange.Redis;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// The counters of every instance, in Redis: one key per counted key, INCR'd and given its window's expiry on the first
/// take, by one script, so that simultaneous takes on any instances each get their own count.
/// </summary>
public sealed class RedisWindowCounters(IConnectionMultiplexer redis) : IWindowCounters
{
    private const string KeyPrefix = "blog:ratelimit:";

    // A key without expiry (a PEXPIRE lost to a crash) would never end its window: it gets one again.
    private const string TakeScript = """
        local count = redis.call('INCR', KEYS[1])
        local left = redis.call('PTTL', KEYS[1])
        if count == 1 or left < 0 then
          redis.call('PEXPIRE', KEYS[1], ARGV[1])
          left = tonumber(ARGV[1])
        end
        return {count, left}
        """;

    private const string GiveBackScript = """
        if redis.call('PTTL', KEYS[1]) > 0 and tonumber(redis.call('GET', KEYS[1])) > 0 then
          redis.call('DECR', KEYS[1])
        end
        return 0
        """;

    public async ValueTask<WindowCount> TakeAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var result = await RunAsync(TakeScript, key, (long)window.TotalMilliseconds);
        var values = (RedisResult[])result!;
        return new WindowCount((long)values[0], TimeSpan.FromMilliseconds((long)values[1]));
    }

    public async ValueTask<long> CountAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            var count = await redis.GetDatabase().StringGetAsync(KeyPrefix + key);
            return count.TryParse(out long value) ? value : 0;
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            throw new RateLimitsUnavailableException(e);
        }
    }

    public async ValueTask GiveBackAsync(string key, CancellationToken cancellationToken) =>
        await RunAsync(GiveBackScript, key, RedisValue.EmptyString);

    private async Task<RedisResult> RunAsync(string script, string key, RedisValue argument)
    {
        try
        {
            return await redis.GetDatabase().ScriptEvaluateAsync(script, [KeyPrefix + key], [argument]);
        }
        catch (Exception e) when (e is RedisConnectionException or RedisTimeoutException)
        {
            throw new RateLimitsUnavailableException(e);
        }
    }
}
