using Blog.Hosting.Health;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MvcControllers.Api.Serializers;

namespace MvcControllers.Api.Controllers;

/// <summary>
/// GET /health (the process answers: straight from routing, so neither authentication nor anything else that may ask
/// the database runs) and GET /health/ready (the health-check framework's readiness checks pass: the database answers).
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
    public async Task<ActionResult<HealthRepresentation>> Ready([FromServices] HealthCheckService checks, CancellationToken cancellationToken) =>
        await checks.IsReadyAsync(cancellationToken)
            ? HealthRepresentation.Ok
            : StatusCode(StatusCodes.Status503ServiceUnavailable, HealthRepresentation.Unavailable);
}
