using Blog.Hosting.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// The contract's rate limits as ASP.NET Core rate limiter policies (<see cref="RateLimitPolicies"/>), the hosts
/// applying them in their own idiom; the counters in memory, or in Redis when `ConnectionStrings:Redis` is set,
/// which /health/ready then checks too. Every setting is read and checked here, at start-up.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddBlogRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = RateLimitSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddHttpContextAccessor();
        services.AddSingleton<LoginThrottle>();
        if (services.AddBlogRedis(configuration))
            services.AddSingleton<IWindowCounters, RedisWindowCounters>();
        else
            services.AddSingleton<IWindowCounters>(provider => new MemoryWindowCounters(TimeProvider.System));

        services.AddOptions<RateLimiterOptions>().Configure<IWindowCounters, IHttpContextAccessor>((limiter, counters, requests) =>
        {
            limiter.AddPolicy(RateLimitPolicies.Auth, new CountedPolicy(settings.Auth, CountedPolicy.ByAddress, counters, requests));
            limiter.AddPolicy(RateLimitPolicies.Writes, new CountedPolicy(settings.Writes, CountedPolicy.ByUserWriting, counters, requests));
            limiter.AddPolicy(RateLimitPolicies.AnonymousReads,
                new CountedPolicy(settings.AnonymousReads, CountedPolicy.ByAddressReadingAnonymously, counters, requests));
        });
        return services.AddRateLimiter(limiter => limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests);
    }
}
