using Blog.Hosting.Redis;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace Blog.Hosting.Caching;

/// <summary>
/// <see cref="BlogCache"/> over <see cref="HybridCache"/>: in memory, plus Redis as the distributed level (on the
/// instance's one Redis connection) and as the generation's store when `ConnectionStrings:Redis` is set.
/// </summary>
public static class CachingSetup
{
    public const string RedisPrefix = "blog:cache:";

    public static IServiceCollection AddBlogCache(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = CacheSettings.From(configuration);
        services.AddSingleton(settings);
        if (services.AddBlogRedis(configuration))
        {
            services.AddSingleton<ICacheGenerations, RedisCacheGenerations>();
            services.AddStackExchangeRedisCache(_ => { });
            services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((redis, provider) =>
            {
                redis.InstanceName = RedisPrefix;
                redis.ConnectionMultiplexerFactory = () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
            });
        }
        else
        {
            services.AddSingleton<ICacheGenerations, MemoryCacheGenerations>();
        }

        var lifetime = TimeSpan.FromSeconds(settings.Seconds);
        services.AddHybridCache(hybrid => hybrid.DefaultEntryOptions = new HybridCacheEntryOptions { Expiration = lifetime, LocalCacheExpiration = lifetime });
        services.AddSingleton<BlogCache>();
        return services;
    }
}
