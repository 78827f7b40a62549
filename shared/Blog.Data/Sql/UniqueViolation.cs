using Microsoft.Data.Sqlite;
using Npgsql;

namespace Blog.Data.Sql;

/// <summary>Recognises a unique-index violation from either provider, wrapped by EF Core or not.</summary>
public static class UniqueViolation
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool Is(Exception exception) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintUnique or SqliteConstraintPrimaryKey } => true,
        PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => true,
        { InnerException: { } inner } => Is(inner),
        _ => false,
    };

    /// <summary>The violated index's name where the provider reports it (PostgreSQL), else the message.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.ConstraintName ?? postgres.MessageText,
        SqliteException sqlite => sqlite.Message,
        { InnerException: { } inner } => Describe(inner),
        _ => exception.Message,
    };
}
