using System.Globalization;
using StackExchange.Redis;

namespace Blog.Hosting.Caching;

/// <summary>
/// The generation of every instance and host, in Redis (one key). A key that is missing — a Redis restarted without
/// persistence — starts again at a random number, never at 1, so that it cannot meet a generation an instance's memory
/// still holds entries of. Any error of Redis (unreachable, or LOADING, READONLY, OOM, BUSY) is <see cref="CacheUnavailableException"/>.
/// </summary>
public sealed class RedisCacheGenerations(IConnectionMultiplexer redis) : ICacheGenerations
{
    public const string Key = "blog:cache-generation";

    private const string SeedScript = """
        local current = redis.call('GET', KEYS[1])
        if current then return current end
        redis.call('SET', KEYS[1], ARGV[1])
        return ARGV[1]
        """;

    private const string IncrementScript = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return redis.call('INCR', KEYS[1]) end
        redis.call('SET', KEYS[1], ARGV[1])
        return ARGV[1]
        """;

    public async ValueTask<string> CurrentAsync(CancellationToken cancellationToken)
    {
        // The plain GET on every read; the script only when the key is missing.
        var current = await OrUnavailable(() => redis.GetDatabase().StringGetAsync(Key));
        if (current.HasValue) return current.ToString();
        return (await OrUnavailable(() => redis.GetDatabase().ScriptEvaluateAsync(SeedScript, [Key], [RandomStart()]))).ToString();
    }

    public async ValueTask IncrementAsync(CancellationToken cancellationToken) =>
        await OrUnavailable(() => redis.GetDatabase().ScriptEvaluateAsync(IncrementScript, [Key], [RandomStart()]));

    private static RedisValue RandomStart() =>
        Random.Shared.NextInt64(1L << 40, 1L << 62).ToString(CultureInfo.InvariantCulture);

    private static async Task<T> OrUnavailable<T>(Func<Task<T>> command)
    {
        try
        {
            return await command();
        }
        // RedisTimeoutException is a TimeoutException, not a RedisException.
        catch (Exception e) when (e is RedisException or RedisTimeoutException)
        {
            throw new CacheUnavailableException(e);
        }
    }
}
