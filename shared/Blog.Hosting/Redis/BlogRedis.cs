using Blog.Data;
using Blog.Hosting.Health;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Blog.Hosting.Redis;

/// <summary>
/// The one optional Redis of an instance (`ConnectionStrings:Redis`): the rate limits, the hub's backplane, the cache
/// and the job locks all use this connection, and /health/ready checks it. Without the setting everything stays
/// in process.
/// </summary>
public static class BlogRedis
{
    public const string Key = "ConnectionStrings:Redis";

    /// <summary>The checked options, or null when no Redis is configured. Throws on a malformed setting.</summary>
    public static ConfigurationOptions? Options(IConfiguration configuration)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text)) return null;
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(text);
        }
        catch (ArgumentException)
        {
            throw new InvalidSettingException($"{Key} is not a Redis configuration string; it must be like 'localhost:6379' (StackExchange.Redis format).");
        }
        if (options.EndPoints.Count == 0)
            throw new InvalidSettingException($"{Key} names no server; it must be like 'localhost:6379' (StackExchange.Redis format).");
        // Short timeouts and no queueing while disconnected: a Redis that is away fails fast, never hangs;
        // abortConnect=false, so that the host starts (and recovers) without it.
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 2000);
        return options;
    }

    /// <summary>Registers the connection and its readiness check once; true when Redis is configured.</summary>
    public static bool AddBlogRedis(this IServiceCollection services, IConfiguration configuration)
    {
        if (Options(configuration) is not { } options) return false;
        if (services.Any(s => s.ServiceType == typeof(IConnectionMultiplexer))) return true;
        // Connected at the first use; it keeps reconnecting by itself while Redis is away.
        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddHealthChecks().AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(),
            name: "redis", tags: [BlogHealth.Ready], timeout: TimeSpan.FromSeconds(2));
        return true;
    }
}
