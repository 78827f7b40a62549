using Blog.Data;
using Blog.Hosting.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// The contract's rate limits as ASP.NET Core rate limiter policies (<see cref="RateLimitPolicies"/>), the hosts
/// applying them in their own idiom; the counters in memory, or in Redis when `ConnectionStrings:Redis` is set,
/// which /health/ready then checks too. Every setting is read and checked here, at start-up.
/// </summary>
public static class RateLimitingSetup
{
    public const string RedisKey = "ConnectionStrings:Redis";

    public static IServiceCollection AddBlogRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = RateLimitSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddHttpContextAccessor();
        services.AddSingleton<LoginThrottle>();
        if (RedisOptions(configuration) is { } redis)
        {
            // Connected at the first use; with abortConnect=false it keeps reconnecting by itself while Redis is away.
            services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
            services.AddSingleton<IWindowCounters, RedisWindowCounters>();
            services.AddHealthChecks().AddRedis(provider => provider.GetRequiredService<IConnectionMultiplexer>(),
                name: "redis", tags: [BlogHealth.Ready], timeout: TimeSpan.FromSeconds(2));
        }
        else
        {
            services.AddSingleton<IWindowCounters>(provider => new MemoryWindowCounters(TimeProvider.System));
        }

        services.AddOptions<RateLimiterOptions>().Configure<IWindowCounters, IHttpContextAccessor>((limiter, counters, requests) =>
        {
            limiter.AddPolicy(RateLimitPolicies.Auth, new CountedPolicy(settings.Auth, CountedPolicy.ByAddress, counters, requests));
            limiter.AddPolicy(RateLimitPolicies.Writes, new CountedPolicy(settings.Writes, CountedPolicy.ByUserWriting, counters, requests));
            limiter.AddPolicy(RateLimitPolicies.AnonymousReads,
                new CountedPolicy(settings.AnonymousReads, CountedPolicy.ByAddressReadingAnonymously, counters, requests));
        });
        return services.AddRateLimiter(limiter => limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
    }

    /// <summary>
    /// Short timeouts and no queueing while disconnected: a Redis that is away makes a limited request a fast 503,
    /// never a hang; abortConnect=false, so that the host starts (and recovers) without it.
    /// </summary>
    private static ConfigurationOptions? RedisOptions(IConfiguration configuration)
    {
        var text = configuration[RedisKey];
        if (string.IsNullOrWhiteSpace(text)) return null;
        ConfigurationOptions options;
        try
        {
            options = ConfigurationOptions.Parse(text);
        }
        catch (ArgumentException)
        {
            throw new InvalidSettingException($"{RedisKey} is not a Redis configuration string; it must be like 'localhost:6379' (StackExchange.Redis format).");
        }
        if (options.EndPoints.Count == 0)
            throw new InvalidSettingException($"{RedisKey} names no server; it must be like 'localhost:6379' (StackExchange.Redis format).");
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = Math.Min(options.ConnectTimeout, 2000);
        options.SyncTimeout = Math.Min(options.SyncTimeout, 2000);
        options.AsyncTimeout = Math.Min(options.AsyncTimeout, 2000);
        return options;
    }
}
