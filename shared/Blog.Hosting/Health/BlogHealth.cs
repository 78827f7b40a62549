using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Health;

/// <summary>
/// The question /health/ready asks the health-check framework: is the instance ready to serve, every check tagged
/// <see cref="Ready"/> passing (the database, and each dependency a host adds; a host registers its own checks).
/// /health, the liveness probe, runs no check: a process that answers is alive, whatever its dependencies do.
/// </summary>
public static class BlogHealth
{
    public const string Ready = "ready";

    /// <summary>
    /// The framework logs every unhealthy result as an error; a database that is down is no error of the host (its
    /// requests are 503s, each logged once as a warning), so the probes' results are left to their answers.
    /// </summary>
    public static IHealthChecksBuilder AddBlogHealthChecks(this IServiceCollection services)
    {
        services.AddLogging(logging => logging.AddFilter(typeof(HealthCheckService).Namespace + ".DefaultHealthCheckService", LogLevel.None));
        return services.AddHealthChecks();
    }

    public static async Task<bool> IsReadyAsync(this HealthCheckService health, CancellationToken cancellationToken) =>
        (await health.CheckHealthAsync(check => check.Tags.Contains(Ready), cancellationToken)).Status == HealthStatus.Healthy;
}
