using System.Data.Common;
using System.Diagnostics;
using Blog.Data.Sql;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Blog.Data;

public static partial class DatabaseMigrator
{
    /// <summary>
    /// An attempt's bound: a port that accepts connections and never answers would otherwise hold it for the driver's
    /// timeout. At the deadline one last attempt still gets the shortest.
    /// </summary>
    private static readonly TimeSpan LongestAttempt = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan ShortestAttempt = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan FirstPause = TimeSpan.FromMilliseconds(500);

    private static readonly TimeSpan LongestPause = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Applies the shared migrations, waiting for a database that is not there yet (a server still starting, a
    /// network not up): each attempt that finds it unavailable is one warning, then a pause that doubles up to 5 s,
    /// until `Database:StartupTimeoutSeconds`. False, after one critical line saying why, when the database never
    /// answered or refused the connection: the host then exits with code 1 instead of crashing with a stack trace.
    /// </summary>
    public static async Task<bool> TryMigrateBlogDatabaseAsync(this IServiceProvider services)
    {
        var timeout = services.GetRequiredService<DatabaseSettings>().StartupTimeout;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator).FullName!);
        var started = Stopwatch.GetTimestamp();
        var pause = FirstPause;
        for (var attempt = 1; ; attempt++)
        {
            var bound = Math.Clamp((timeout - Stopwatch.GetElapsedTime(started)).Ticks, ShortestAttempt.Ticks, LongestAttempt.Ticks);
            using var limit = new CancellationTokenSource(TimeSpan.FromTicks(bound));
            var answered = false;
            try
            {
                // Only reaching the server is bounded, never the migrations themselves (an index on a big table may
                // take minutes). Npgsql does not cancel an open that waits for the server's first answer (only its own
                // Timeout ends that), so the attempt stops waiting for it; an abandoned open ends with that timeout.
                var exists = await ProbeAsync(services, limit.Token).WaitAsync(limit.Token);
                answered = true;
                await MigrateAsync(services, exists);
                return true;
            }
            catch (Exception exception) when ((!answered && limit.IsCancellationRequested) || DatabaseUnavailable.Is(exception))
            {
                var reason = !answered && limit.IsCancellationRequested ? "no answer" : exception.GetBaseException().Message;
                var left = timeout - Stopwatch.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    GaveUp(logger, (int)timeout.TotalSeconds, attempt, reason);
                    return false;
                }
                var wait = pause < left ? pause : left;
                Unavailable(logger, attempt, reason, wait.TotalSeconds);
                await Task.Delay(wait);
                pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
            }
            catch (DbException exception)
            {
                Refused(logger, exception.Message);
                return false;
            }
        }
    }

    /// <summary>Asks the server whether the database exists: an answer either way means it is there to migrate.</summary>
    private static async Task<bool> ProbeAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BlogDbContext>();
        return await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(cancellationToken);
    }

    /// <summary>
    /// On SQLite also creates the file's folder and turns on WAL, so readers never wait for a writer. A database that
    /// does not exist yet is created first (by whichever instance is first: another's "already exists" is no failure),
    /// so that the instances can take turns at the migrations through a lock inside it. Then the history table: on
    /// PostgreSQL EF Core reads it before creating it, and on an empty database that read fails (an ERROR in the
    /// server's log, a failed command in the host's; dotnet/efcore#37328). An existing database with nothing pending
    /// is left as it is.
    /// </summary>
    private static async Task MigrateAsync(IServiceProvider services, bool exists)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BlogDbContext>();
        if (db.Database.IsSqlite())
        {
            var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
        }
        // A migration takes as long as it takes (an index on a big table); requests keep their short command timeout.
        db.Database.SetCommandTimeout(0);
        if (!exists) await CreateDatabaseAsync(db);
        if (!exists || await HasPendingMigrationsAsync(db))
        {
            await using var turn = await MigrationLock.AcquireAsync(db.Database, CancellationToken.None);
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync();
            await db.Database.MigrateAsync();
        }
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
    }

    /// <summary>
    /// Whether the history table is missing or lacks any of the assembly's migrations: two reads without the lock
    /// (its existence first, from the catalog: <see cref="MigrationHistory"/>). On every start but the first after
    /// an upgrade that is all the migration work there is — no advisory lock, no migrator. A migration another
    /// instance applies meanwhile is found applied by the migrator under the lock.
    /// </summary>
    private static async Task<bool> HasPendingMigrationsAsync(BlogDbContext db) =>
        !await MigrationHistory.ExistsAsync(db.Database, CancellationToken.None) || (await db.Database.GetPendingMigrationsAsync()).Any();

    private static async Task CreateDatabaseAsync(BlogDbContext db)
    {
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync();
        }
        catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it meanwhile.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The database is unavailable (attempt {Attempt}: {Reason}); trying again in {PauseSeconds:0.#} s.")]
    private static partial void Unavailable(ILogger logger, int attempt, string reason, double pauseSeconds);

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "The database did not answer within {TimeoutSeconds} s (attempts: {Attempts}, the last: {Reason}); " +
            "the host stops. Check ConnectionStrings:Blog, or raise Database:StartupTimeoutSeconds.")]
    private static partial void GaveUp(ILogger logger, int timeoutSeconds, int attempts, string reason);

    [LoggerMessage(Level = LogLevel.Critical,
        Message = "The database refused the connection or the migrations ({Reason}); the host stops. Check ConnectionStrings:Blog.")]
    private static partial void Refused(ILogger logger, string reason);
}
