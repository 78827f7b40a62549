using Blog.Data;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace MinimalApi.Background;

/// <summary>Deletes a user's expired, used or revoked refresh tokens, whose records only matter until they expire.</summary>
public sealed class TokenSweeper(TokenSweepQueue queue, IServiceScopeFactory scopes, TimeProvider clock, ILogger<TokenSweeper> logger)
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
                await db.RefreshTokens
                    .Where(t => t.UserId == userId && t.ExpiresAt < now)
                    .ExecuteDeleteAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogWarning(exception, "Could not sweep refresh tokens of user {UserId}", userId);
            }
        }
    }
}
