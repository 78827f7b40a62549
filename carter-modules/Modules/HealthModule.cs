using Blog.Hosting.OpenApi;
using Blog.Hosting.Wire;
using Carter;
using CarterModules.Features.Health;
using Mediator;

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

        health.MapGet("/", () => TypedResults.Ok(HealthView.Ok)).ShortCircuit().WithMetadata(new BeforeAuthenticationAttribute()).WithName("checkHealth").WithSummary("Whether the process answers");

        health.MapGet("/ready", async (ISender sender, CancellationToken ct) =>
            await sender.Send(new CheckReadiness(), ct)
                ? Results.Ok(HealthView.Ok)
                : Results.Json(HealthView.Unavailable, statusCode: StatusCodes.Status503ServiceUnavailable))
            .WithName("checkReadiness").WithSummary("Whether the database answers")
            .Produces<HealthView>().Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
    }
}
