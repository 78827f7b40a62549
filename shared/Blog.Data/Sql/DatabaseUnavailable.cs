using Microsoft.Data.Sqlite;
using Npgsql;

namespace Blog.Data.Sql;

/// <summary>
/// Recognises a database that cannot be reached or cannot take the request right now, from either provider, wrapped
/// by EF Core or not: a request that meets it is answered 503 with Retry-After, and a starting host waits for it.
/// </summary>
public static class DatabaseUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool Is(Exception exception) => exception switch
    {
        // The server answered: only these states mean it is not there for us (shutting down, starting, full).
        PostgresException postgres => postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown
                or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections,
        // The network: refused, reset or timed out (connecting, reading, or waiting for a pooled connection).
        NpgsqlException { IsTransient: true } => true,
        // An unopenable file is no outage but a configuration error (a wrong path or permissions): not retried.
        SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked } => true,
        { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}
