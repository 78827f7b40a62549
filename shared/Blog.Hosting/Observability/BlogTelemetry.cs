using Blog.Data;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Blog.Hosting.Observability;

/// <summary>
/// OpenTelemetry as every host has it: the host's service name and environment on every signal; traces of the
/// requests (an incoming <c>traceparent</c> continues its trace) and of outgoing HttpClient calls; metrics of the
/// requests, the runtime (GC, thread pool) and Npgsql's connection pool, scraped at /metrics; all of it sent over
/// OTLP too when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is configured. The host adds its own data access to the builder.
/// </summary>
public static class BlogTelemetry
{
    public const string OtlpEndpointKey = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static OpenTelemetryBuilder AddBlogTelemetry(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, string serviceName)
    {
        // Traces and metrics only: the logs are JSON lines on stdout, which the container runtime already collects.
        var otlp = OtlpEndpoint(configuration) is not null;
        return services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(serviceName, serviceNamespace: "blog-samples")
                .AddAttributes([new("deployment.environment.name", environment.EnvironmentName)]))
            .WithTracing(tracing =>
            {
                tracing
                    .AddAspNetCoreInstrumentation(requests => requests.Filter = context => !IsProbe(context))
                    .AddHttpClientInstrumentation();
                if (otlp) tracing.AddOtlpExporter();
            })
            .WithMetrics(metrics =>
            {
                metrics
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation()
                    .AddNpgsqlInstrumentation()
                    .AddPrometheusExporter();
                if (otlp) metrics.AddOtlpExporter();
            });
    }

    /// <summary>
    /// The OTLP collector's address, the standard key read by the exporter itself; null when none is configured.
    /// </summary>
    private static Uri? OtlpEndpoint(IConfiguration configuration)
    {
        var value = configuration[OtlpEndpointKey];
        if (string.IsNullOrWhiteSpace(value)) return null;
        return Uri.TryCreate(value, UriKind.Absolute, out var endpoint) && endpoint.Scheme is "http" or "https"
            ? endpoint
            : throw new InvalidSettingException(
                $"{OtlpEndpointKey} is '{value}'; it must be the collector's absolute http(s) URL, e.g. http://otel-collector:4317.");
    }

    /// <summary>The probes of a load balancer and a scraper, every few seconds each: counted in the metrics, not traced.</summary>
    private static bool IsProbe(HttpContext context) =>
        context.Request.Path.StartsWithSegments(MetricsEndpoint.Path) || context.Request.Path.StartsWithSegments("/health");
}
