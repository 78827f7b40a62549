using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CarterModules.Data;

/// <summary>
/// The database answers a <c>SELECT 1</c> on a connection of the host's own data source. A database that is down
/// throws, which the health-check framework reports as unhealthy.
/// </summary>
public sealed class DataSourceHealthCheck(DbDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
        return HealthCheckResult.Healthy();
    }
}
