using Blog.Data;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace MinimalApi.Background;

/// <summary>
/// Deletes a user's expired logins. A revoked one stays until it expires, so that logging out of it again still
/// answers 204 (a token of a login that is gone would be refused all the same).
/// The course's lighter example (FastAPI's BackgroundTasks): in process, and lost if the host stops first. The
/// durable purge of every host is the recurring Hangfire job Blog.Hosting.Jobs.PurgeExpired.
/// </summary>
public sealed partial class TokenSweeper(TokenSweepQueue queue, IServiceScopeFactory scopes, TimeProvider clock, ILogger<TokenSweeper> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var userId in queue.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<BlogDbContext>();
                var now = Timestamps.Now(clock);
                await db.RefreshTokenFamilies
                    .Where(f => f.UserId == userId && f.ExpiresAt < now)
                    .ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                CouldNotSweep(logger, exception, userId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not sweep refresh tokens of user {UserId}")]
    private static partial void CouldNotSweep(ILogger logger, Exception exception, long userId);
}
