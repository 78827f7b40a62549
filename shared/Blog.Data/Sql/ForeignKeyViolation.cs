using Microsoft.Data.Sqlite;
using Npgsql;

namespace Blog.Data.Sql;

/// <summary>
/// Recognises a foreign-key violation from either provider. In this schema it means the post or user a write
/// refers to was deleted by a simultaneous request after it was checked.
/// </summary>
public static class ForeignKeyViolation
{
    private const int SqliteConstraintForeignKey = 787;

    public static bool Is(Exception exception) => exception switch
    {
        SqliteException { SqliteExtendedErrorCode: SqliteConstraintForeignKey } => true,
        PostgresException { SqlState: PostgresErrorCodes.ForeignKeyViolation } => true,
        { InnerException: { } inner } => Is(inner),
        _ => false,
    };
}
