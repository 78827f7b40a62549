using Blog.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Blog.Hosting.Jobs;

/// <summary>
/// Runs at start, after the migrations and before the job server: prepares the `hangfire` schema on PostgreSQL
/// (instances starting together take turns through an advisory lock, so none fails on another's half-made tables)
/// and (re)schedules the recurring purge with the configured cron, and the notifications' catch-up. It also points Hangfire's logging at this host
/// while it runs (<see cref="LiveHostsLogProvider"/>).
/// </summary>
public sealed class JobsStartup(DatabaseSettings database, JobSettings settings, IRecurringJobManager recurring, ILoggerFactory loggers)
    : IHostedService
{
    // Any constant shared by every host; "BlogJob" in ASCII.
    private const long SchemaLockKey = 0x426C6F674A6F62;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        LiveHostsLogProvider.Instance.Started(loggers);
        if (database.Provider == DatabaseProvider.Postgres) await PrepareSchemaAsync(cancellationToken);
        recurring.AddOrUpdate<PurgeExpired>(PurgeExpired.Id, job => job.RunAsync(CancellationToken.None), settings.PurgeCron);
        recurring.AddOrUpdate<NotifyPostAuthor>(NotifyPostAuthor.CatchUpId, job => job.CatchUpAsync(CancellationToken.None), NotifyPostAuthor.CatchUpCron);
    }

    /// <summary>After the job server has stopped (hosted services stop in reverse order), so its last lines are logged.</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        LiveHostsLogProvider.Instance.Stopped(loggers);
        return Task.CompletedTask;
    }

    private async Task PrepareSchemaAsync(CancellationToken cancellationToken)
    {
        // Unpooled: closing the connection ends the session, which releases the lock.
        await using var connection = new NpgsqlConnection(
            new NpgsqlConnectionStringBuilder(database.ConnectionString) { Pooling = false, CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using (var command = new NpgsqlCommand($"SELECT pg_advisory_lock({SchemaLockKey})", connection))
            await command.ExecuteNonQueryAsync(cancellationToken);
        PostgreSqlObjectsInstaller.Install(connection, JobStorages.Schema);
    }
}
