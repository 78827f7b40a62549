using Blog.Data;
using Blog.Hosting.OpenApi;
using Microsoft.AspNetCore.Http.HttpResults;
using MinimalApi.Schemas;

namespace MinimalApi.Routers;

/// <summary>
/// GET /health (the process answers: straight from routing, so neither authentication nor anything else that may ask
/// the database runs) and GET /health/ready (the database answers).
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

    private static async Task<Results<Ok<Health>, JsonHttpResult<Health>>> Ready(BlogDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? TypedResults.Ok(Health.Ok)
            : TypedResults.Json(Health.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable);
}
