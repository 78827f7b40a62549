using System.Data.Common;
using Blog.Hosting.OpenApi;
using Carter;
using CarterModules.Data;
using CarterModules.Responses;

namespace CarterModules.Modules;

/// <summary>
/// The /health router: the process answers (straight from routing, so neither authentication nor anything else that
/// may ask the database runs), and the database answers.
/// </summary>
public sealed class HealthModule : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("health");

        health.MapGet("/", () => TypedResults.Ok(HealthResponse.Ok)).ShortCircuit().WithMetadata(new BeforeAuthenticationAttribute())
            .WithName("checkHealth").WithSummary("Whether the process answers");

        health.MapGet("/ready", async (Db db, CancellationToken cancellationToken) =>
                await AnswersAsync(db, cancellationToken)
                    ? Results.Ok(HealthResponse.Ok)
                    : Results.Json(HealthResponse.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("checkReadiness").WithSummary("Whether the database answers")
            .Produces<HealthResponse>().Produces<HealthResponse>(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<bool> AnswersAsync(Db db, CancellationToken cancellationToken)
    {
        try
        {
            return await db.ScalarAsync<int>("SELECT 1", null, cancellationToken) == 1;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
