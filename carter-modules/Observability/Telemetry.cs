using Blog.Hosting.Observability;
using Npgsql;

namespace CarterModules.Observability;

public static class Telemetry
{
    /// <summary>The shared telemetry, and this host's data access: a span per command of the Npgsql data source.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddBlogTelemetry(configuration, environment, "carter-modules")
            .WithTracing(tracing => tracing.AddNpgsql());
        return services;
    }
}
