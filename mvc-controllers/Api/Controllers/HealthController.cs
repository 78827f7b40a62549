using Blog.Data;
using Blog.Hosting.Wire;
using Microsoft.AspNetCore.Mvc;

namespace MvcControllers.Api.Controllers;

/// <summary>
/// GET /health (the process answers: straight from routing, so neither authentication nor anything else that may ask
/// the database runs) and GET /health/ready (the database answers).
/// </summary>
[Route("health")]
[Tags("health")]
public sealed class HealthController : BlogApiController
{
    [HttpGet(Name = "checkHealth")]
    [ShortCircuit]
    [EndpointSummary("Whether the process answers")]
    public HealthView Live() => HealthView.Ok;

    [HttpGet("ready", Name = "checkReadiness")]
    [EndpointSummary("Whether the database answers")]
    [ProducesResponseType<HealthView>(StatusCodes.Status200OK)]
    [ProducesResponseType<HealthView>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<ActionResult<HealthView>> Ready([FromServices] BlogDbContext db, CancellationToken ct) =>
        await db.Database.CanConnectAsync(ct)
            ? HealthView.Ok
            : StatusCode(StatusCodes.Status503ServiceUnavailable, HealthView.Unavailable);
}
