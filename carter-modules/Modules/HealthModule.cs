using Blog.Hosting.Health;
using Blog.Hosting.OpenApi;
using Carter;
using CarterModules.Responses;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarterModules.Modules;

/// <summary>
/// The /health router: the process answers (straight from routing, so neither authentication nor anything else that
/// may ask the database runs), and the health-check framework's readiness checks pass (the database answers).
/// </summary>
public sealed class HealthModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("health");

        health.MapGet("/", () => TypedResults.Ok(HealthResponse.Ok)).ShortCircuit().WithMetadata(new BeforeAuthenticationAttribute())
            .WithName("checkHealth").WithSummary("Whether the process answers");

        health.MapGet("/ready", async (HealthCheckService checks, CancellationToken cancellationToken) =>
                await checks.IsReadyAsync(cancellationToken)
                    ? Results.Ok(HealthResponse.Ok)
                    : Results.Json(HealthResponse.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("checkReadiness").WithSummary("Whether the database answers")
            .Produces<HealthResponse>().Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
    }
}
