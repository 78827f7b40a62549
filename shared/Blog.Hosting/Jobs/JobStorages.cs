using Blog.Data;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using Microsoft.Data.Sqlite;

namespace Blog.Hosting.Jobs;

/// <summary>
/// Where the jobs are kept: the `hangfire` schema of the blog's PostgreSQL database (every host and instance share
/// the queue), or on SQLite the file `&lt;blog database&gt;.jobs.db` beside it. Both are polled often, so that a
/// notification appears well within a second or two of its comment.
/// </summary>
public static class JobStorages
{
    public const string Schema = "hangfire";

    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static JobStorage Create(DatabaseSettings database) => database.Provider == DatabaseProvider.Postgres
        ? Postgres(database.ConnectionString)
        : new SQLiteStorage(SqliteFile(database.ConnectionString), new SQLiteStorageOptions { QueuePollInterval = PollInterval });

    /// <summary>`blog.db` keeps its jobs in `blog.jobs.db`.</summary>
    public static string SqliteFile(string connectionString) =>
        Path.ChangeExtension(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource), ".jobs.db");

    private static PostgreSqlStorage Postgres(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = Schema,
            QueuePollInterval = PollInterval,
            // Prepared at start-up by JobsStartup, one instance at a time.
            PrepareSchemaIfNecessary = false,
            // A running job's fetch is refreshed while its worker lives, so a job whose process was killed mid-run
            // is taken again after a minute rather than after the default half hour.
            UseSlidingInvisibilityTimeout = true,
            InvisibilityTimeout = TimeSpan.FromMinutes(1),
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
