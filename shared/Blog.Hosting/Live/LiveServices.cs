using Blog.Hosting.Json;
using Blog.Hosting.Redis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Blog.Hosting.Live;

/// <summary>
/// The hub's services: SignalR with the API's JSON (snake_case, the same timestamps), the Redis backplane when
/// <c>ConnectionStrings:Redis</c> is set (channel prefix <c>blog:signalr</c>), the publisher and the deactivation
/// watch. A host adds its <see cref="ILiveData"/> and maps the hub with <see cref="MapPostsHub"/>.
/// </summary>
public static class LiveServices
{
    public const string ChannelPrefix = "blog:signalr";

    /// <summary>ASP.NET Core's "Request starting …" lines carry the query string, thus a hub's access token.</summary>
    private const string HostingDiagnostics = "Microsoft.AspNetCore.Hosting.Diagnostics";

    public static IServiceCollection AddBlogLive(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR().AddJsonProtocol(json => BlogJson.Configure(json.PayloadSerializerOptions));
        if (BlogRedis.Options(configuration) is { } redis)
        {
            // A connection of its own (same checked options): the backplane disposes its connection when it stops.
            redis.ChannelPrefix = RedisChannel.Literal(ChannelPrefix);
            signalR.AddStackExchangeRedis(options => options.Configuration = redis);
        }
        // Registered after the configuration's rules, so that it wins over a "Microsoft.AspNetCore" or "Default" level;
        // only a configuration that names the category itself (a debugging setting: it logs every URL as sent) turns
        // those lines back on.
        if (configuration[$"Logging:LogLevel:{HostingDiagnostics}"] is null)
            services.AddLogging(logging => logging.AddFilter(HostingDiagnostics, LogLevel.Warning));
        services.AddSingleton<LiveConnections>();
        services.AddHostedService<DeactivatedUsersWatch>();
        services.AddHttpContextAccessor();
        services.AddScoped<LiveUpdates>();
        return services;
    }

    /// <summary>Every transport; a connection closes when its access token expires.</summary>
    public static HubEndpointConventionBuilder MapPostsHub(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHub<PostsHub>(PostsHub.Path, options =>
        {
            options.Transports = HttpTransportType.WebSockets | HttpTransportType.ServerSentEvents | HttpTransportType.LongPolling;
            options.CloseOnAuthenticationExpiration = true;
        });
}
