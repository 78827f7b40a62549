using Blog.Data;
using Microsoft.AspNetCore.Mvc;
using MvcControllers.Api.Serializers;

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
    public HealthRepresentation Live() => HealthRepresentation.Ok;

    [HttpGet("ready", Name = "checkReadiness")]
    [EndpointSummary("Whether the database answers")]
    [ProducesResponseType<HealthRepresentation>(StatusCodes.Status200OK)]
    [ProducesResponseType<HealthRepresentation>(StatusCodes.Status503ServiceUnavailable)]
    public async Task<ActionResult<HealthRepresentation>> Ready([FromServices] BlogDbContext db, CancellationToken cancellationToken) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthRepresentation.Ok
            : StatusCode(StatusCodes.Status503ServiceUnavailable, HealthRepresentation.Unavailable);
}
