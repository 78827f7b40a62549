using Blog.Hosting.Health;
using Blog.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>
/// GET /health (the process answers: straight from routing, so neither authentication nor any health check runs) and
/// GET /health/ready (the health-check framework's readiness checks pass: the database answers).
/// </summary>
public static class HealthRoutes
{
    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("health");
        health.MapGet("/", () => TypedResults.Ok(Health.Ok)).ShortCircuit().WithMetadata(new BeforeAuthenticationAttribute())
            .WithName("checkHealth").WithSummary("Whether the process answers");
        health.MapGet("/ready", Ready).WithName("checkReadiness").WithSummary("Whether the database answers")
            .Produces<Health>(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<Ok<Health>, JsonHttpResult<Health>>> Ready(HealthCheckService checks, CancellationToken cancellationToken) =>
        await checks.IsReadyAsync(cancellationToken)
            ? TypedResults.Ok(Health.Ok)
            : TypedResults.Json(Health.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable);
}
