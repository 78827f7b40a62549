using Blog.Data;
using Blog.Hosting.OpenApi;
using Blog.Hosting.Wire;
using Microsoft.AspNetCore.Http.HttpResults;

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
        health.MapGet("/", () => TypedResults.Ok(HealthView.Ok)).ShortCircuit().WithMetadata(new BeforeAuthenticationAttribute())
            .WithName("checkHealth").WithSummary("Whether the process answers");
        health.MapGet("/ready", Ready).WithName("checkReadiness").WithSummary("Whether the database answers")
            .Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<Results<Ok<HealthView>, JsonHttpResult<HealthView>>> Ready(BlogDbContext db, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? TypedResults.Ok(HealthView.Ok)
            : TypedResults.Json(HealthView.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable);
}
