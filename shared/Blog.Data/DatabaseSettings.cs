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
            provider == DatabaseProvider.Postgres ? WithShortTimeouts(connectionString) : connectionString)
        {
            StartupTimeout = TimeSpan.FromSeconds(
                SettingValues.PositiveInteger(configuration, "Database:StartupTimeoutSeconds", DefaultStartupTimeoutSeconds)),
        };
    }

    /// <summary>
    /// Npgsql waits 15 s to connect and 30 s for a command by default, so a database that hangs (rather than refuses)
    /// would hold each request that long before its 503. Unless the connection string says otherwise, 5 s each: every
    /// statement of this API takes milliseconds. The migrations at start-up are not bound by it.
    /// </summary>
    private static string WithShortTimeouts(string connectionString)
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
        return builder.ConnectionString;
    }
}
