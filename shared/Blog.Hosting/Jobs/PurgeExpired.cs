using Blog.Data;
using Blog.Domain.Rules;
using Blog.Hosting.Idempotency;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Blog.Hosting.Jobs;

/// <summary>
/// The recurring `purge-expired` job: logins past their expiry and idempotency keys past their 24 hours, a batch per
/// statement so that no statement holds its locks long. With Redis it runs under the lock `blog:locks:purge-expired`,
/// so that one instance purges at a time even where instances keep separate job storage; an instance that finds the
/// lock taken leaves the work to its holder.
/// </summary>
public sealed partial class PurgeExpired(
    BlogDbContext db, TimeProvider clock, ILogger<PurgeExpired> logger, IConnectionMultiplexer? redis = null)
{
    public const string Id = "purge-expired";

    public const string LockKey = "blog:locks:purge-expired";

    private const int BatchSize = 1000;

    private static readonly TimeSpan LockLifetime = TimeSpan.FromMinutes(10);

    // A missed run is made up by the next one; retrying would only pile up runs.
    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (redis is null)
        {
            await PurgeAsync(cancellationToken);
            return;
        }
        var store = redis.GetDatabase();
        var token = Guid.NewGuid().ToString("N");
        bool taken;
        try
        {
            taken = await store.LockTakeAsync(LockKey, token, LockLifetime);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
            // Deleting what has expired twice is harmless: the lock only spares the work, so Redis being away must
            // not stop the purge (the database lock of DisableConcurrentExecution still holds within one storage).
            var reason = exception.Message;
            PurgingWithoutLock(logger, reason);
            await PurgeAsync(cancellationToken);
            return;
        }
        if (!taken)
        {
            LockHeldElsewhere(logger);
            return;
        }
        try
        {
            await PurgeAsync(cancellationToken);
        }
        finally
        {
            await ReleaseAsync(store, token);
        }
    }

    /// <summary>A lock that cannot be released expires by itself after <see cref="LockLifetime"/>.</summary>
    private static async Task ReleaseAsync(IDatabase store, string token)
    {
        try
        {
            await store.LockReleaseAsync(LockKey, token);
        }
        catch (Exception exception) when (exception is RedisException or TimeoutException)
        {
        }
    }

    private async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(clock);
        var spent = now - IdempotencyKey.Lifetime;
        var logins = await InBatchesAsync(() => db.RefreshTokenFamilies.Where(f => f.ExpiresAt < now)
            .OrderBy(f => f.Id).Take(BatchSize).ExecuteDeleteAsync(cancellationToken));
        var keys = await InBatchesAsync(() => db.IdempotencyRecords.Where(r => r.CreatedAt < spent)
            .OrderBy(r => r.Id).Take(BatchSize).ExecuteDeleteAsync(cancellationToken));
        Purged(logger, logins, keys);
    }

    private static async Task<int> InBatchesAsync(Func<Task<int>> deleteBatch)
    {
        var total = 0;
        int deleted;
        do
        {
            deleted = await deleteBatch();
            total += deleted;
        }
        while (deleted == BatchSize);
        return total;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Logins} expired logins and {Keys} spent idempotency keys")]
    private static partial void Purged(ILogger logger, int logins, int keys);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Purging without the Redis lock: {Reason}")]
    private static partial void PurgingWithoutLock(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another instance holds the purge lock; this run leaves the purge to it")]
    private static partial void LockHeldElsewhere(ILogger logger);
}
