using System.Data.Common;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Blog.Data;

/// <summary>
/// `Database:Provider`, `ConnectionStrings:Blog` and `Database:StartupTimeoutSeconds`, read the same way by every host.
/// </summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=blog.db";

    private const int DefaultStartupTimeoutSeconds = 60;

    /// <summary>How long a starting host waits for the database to answer before it gives up (exit code 1).</summary>
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(DefaultStartupTimeoutSeconds);

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        var provider = string.IsNullOrEmpty(name) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
            : throw new InvalidSettingException(
                $"Database:Provider is '{name}'; it must be 'Sqlite' (the default) or 'Postgres'.");
        var connectionString = configuration.GetConnectionString("Blog");
        if (string.IsNullOrEmpty(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite ? DefaultSqlite
                : throw new InvalidSettingException(
                    "Database:Provider is Postgres but ConnectionStrings:Blog is not set " +
                    "(e.g. ConnectionStrings__Blog='Host=localhost;Database=blog;Username=blog;Password=...').");
        }
        return new DatabaseSettings(provider,
            provider == DatabaseProvider.Postgres ? WithPostgresDefaults(connectionString) : connectionString)
        {
            StartupTimeout = TimeSpan.FromSeconds(
                SettingValues.PositiveInteger(configuration, "Database:StartupTimeoutSeconds", DefaultStartupTimeoutSeconds)),
        };
    }

    /// <summary>
    /// Npgsql's defaults made to fit this API, each unless the connection string sets it:
    /// - a 5 s connect and command timeout rather than 15 s and 30 s, so a database that hangs (rather than refuses)
    ///   gets its 503 in seconds: every statement of this API takes milliseconds (the migrations at start-up are not
    ///   bound by it);
    /// - its statements prepared once they have run a few times on a connection (`Max Auto Prepare`): the API runs a
    ///   few dozen statement texts thousands of times each, so PostgreSQL parses and plans each once per connection;
    /// - no `DISCARD ALL` each time a pooled connection is returned (`No Reset On Close`): it would also drop those
    ///   prepared statements, and the API leaves no session state behind (no `SET`, temporary tables, `LISTEN`; its
    ///   session advisory locks are taken on connections of their own, outside the pool).
    /// </summary>
    private static string WithPostgresDefaults(string connectionString)
    {
        DbConnectionStringBuilder given;
        NpgsqlConnectionStringBuilder builder;
        try
        {
            given = new DbConnectionStringBuilder { ConnectionString = connectionString };
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException exception)
        {
            // The message names the keyword or the syntax error, never a value (a password stays out of the line).
            throw new InvalidSettingException(
                $"ConnectionStrings:Blog is not a PostgreSQL connection string ({exception.Message}), e.g. 'Host=localhost;Database=blog;Username=blog;Password=...'.");
        }
        if (!given.ContainsKey("Timeout")) builder.Timeout = 5;
        if (!given.ContainsKey("Command Timeout") && !given.ContainsKey("CommandTimeout")) builder.CommandTimeout = 5;
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare")) builder.MaxAutoPrepare = 64;
        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }
}
