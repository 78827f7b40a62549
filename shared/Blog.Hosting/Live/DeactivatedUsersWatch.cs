using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Live;

/// <summary>
/// Every <see cref="Period"/>, closes this instance's hub connections of users deactivated since they connected
/// (by any instance or host: the database says so). A token's expiry closes a connection by itself
/// (CloseOnAuthenticationExpiration).
/// </summary>
public sealed partial class DeactivatedUsersWatch(
    LiveConnections connections, IServiceScopeFactory scopes, TimeProvider clock, ILogger<DeactivatedUsersWatch> logger) : BackgroundService
{
    /// <summary>Under the contract's 5 seconds with room for the query.</summary>
    public static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Period, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var userIds = connections.UserIds();
            if (userIds.Count == 0) continue;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var inactive = await scope.ServiceProvider.GetRequiredService<ILiveData>().InactiveAmongAsync(userIds, stoppingToken);
                if (inactive.Count > 0) connections.Close(inactive);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                CouldNotCheck(logger, exception, userIds.Count);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not check whether the {UserCount} users connected to the hub are still active")]
    private static partial void CouldNotCheck(ILogger logger, Exception exception, int userCount);
}
