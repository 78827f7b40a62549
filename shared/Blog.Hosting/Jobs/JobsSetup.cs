using Blog.Data;
using Hangfire;
using Hangfire.AspNetCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Jobs;

/// <summary>
/// Hangfire (≈ Celery) for every host: the storage of <see cref="JobStorages"/>, the jobs of this folder resolved from
/// the host's services, and — unless `Jobs:Server` is false — a small job server in the host's process. The storage
/// and the activator are the host's own singletons rather than Hangfire's statics (JobStorage.Current,
/// JobActivator.Current, which the last host configured would own), so that several hosts in one process (the
/// contract suite) never take each other's jobs or run them on each other's services.
/// </summary>
public static class JobsSetup
{
    public static IServiceCollection AddBlogJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = JobSettings.From(configuration);
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(settings);
        services.AddSingleton(_ => JobStorages.Create(database));
        services.AddSingleton<JobActivator>(provider => new AspNetCoreJobActivator(provider.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(LiveHostsLogProvider.Instance));
        // While the database is away, Hangfire's background processes warn at every lock they cannot take or release
        // and retry by themselves; the outage is already logged once per failed request (and seen by /health/ready).
        services.AddLogging(logging => logging.AddFilter("Hangfire.PostgreSql.PostgreSqlDistributedLock", LogLevel.Error));
        services.AddScoped<NotifyPostAuthor>();
        services.AddScoped<PurgeExpired>();
        services.AddHostedService<JobsStartup>();
        services.AddSingleton<CommentJobs>();
        services.AddHostedService(provider => provider.GetRequiredService<CommentJobs>());
        if (settings.Server)
            services.AddHangfireServer(options =>
            {
                // A sample's load: two workers, a scheduler that looks every second (retries, the recurring purge),
                // and a quick stop.
                options.WorkerCount = 2;
                options.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                options.ShutdownTimeout = TimeSpan.FromSeconds(5);
            });
        return services;
    }
}
