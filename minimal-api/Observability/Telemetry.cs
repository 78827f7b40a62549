using Blog.Hosting.Observability;
using OpenTelemetry.Trace;

namespace MinimalApi.Observability;

public static class Telemetry
{
    /// <summary>The shared telemetry, and this host's data access: a span per EF Core command.</summary>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddBlogTelemetry(configuration, environment, "minimal-api")
            .WithTracing(tracing => tracing.AddEntityFrameworkCoreInstrumentation());
        return services;
    }
}
