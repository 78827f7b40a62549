using Blog.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Blog.Hosting.Jobs;

/// <summary>
/// Runs at start, after the migrations and before the job server: prepares the `hangfire` schema on PostgreSQL
/// (instances starting together take turns through an advisory lock, so none fails on another's half-made tables)
/// and (re)schedules the recurring purge with the configured cron.
/// </summary>
public sealed class JobsStartup(DatabaseSettings database, JobSettings settings, IRecurringJobManager recurring) : IHostedService
{
    // Any constant shared by every host; "BlogJob" in ASCII.
    private const long SchemaLockKey = 0x426C6F674A6F62;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.Provider == DatabaseProvider.Postgres) await PrepareSchemaAsync(cancellationToken);
        recurring.AddOrUpdate<PurgeExpired>(PurgeExpired.Id, job => job.RunAsync(CancellationToken.None), settings.PurgeCron);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

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
