using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Blog.Hosting.Observability;

/// <summary>
/// GET /metrics, the Prometheus scrape of this instance (<see cref="BlogTelemetry"/>). Like /health it answers straight
/// from routing, before authentication; another method on it is a 405 like on any other resource.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static IEndpointConventionBuilder MapBlogMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(Path)
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get]))
            .ShortCircuit();
}
