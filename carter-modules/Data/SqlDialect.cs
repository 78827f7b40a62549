using System.Data;
using System.Data.Common;
using Blog.Data;
using Blog.Data.Queries;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CarterModules.Data;

/// <summary>
/// Everything the hand-written SQL does differently on SQLite and PostgreSQL, and nothing else: how the connections'
/// source is made, how a write transaction begins and locks what it is about to change, whether a failed statement
/// spoils it, how a column is matched against a list, and how text sorts ordinally.
/// </summary>
public abstract class SqlDialect
{
    public static SqlDialect For(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? new Sqlite() : new Postgres();

    /// <summary>Where connections come from, like a `pg` `Pool`: the host's one <see cref="DbDataSource"/>.</summary>
    public abstract DbDataSource CreateDataSource(string connectionString);

    public abstract ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>
    /// Appended to a SELECT of the row a write transaction is about to change, so that a simultaneous write of that
    /// row (a DELETE, say) waits until this transaction ends, and a row deleted meanwhile is not found.
    /// </summary>
    public abstract string LockForWrite { get; }

    /// <summary>
    /// Whether a failed statement spoils the whole transaction, so that a statement that may fail and be tried
    /// again must be fenced by a savepoint.
    /// </summary>
    public abstract bool FailedStatementAbortsTransaction { get; }

    /// <summary>A condition true when <paramref name="column"/> equals one of the values of the list parameter.</summary>
    public abstract string AnyOf(string column, string parameter);

    /// <summary>An ORDER BY term that sorts text by code point, whatever the database's collation.</summary>
    public abstract string Ordinal(string expression);

    /// <summary>The aggregate that joins a text column's values with <see cref="JoinedTags.Separator"/>.</summary>
    public abstract string Joined(string column);

    public sealed class Sqlite : SqlDialect
    {
        /// <summary>Foreign keys on (for ON DELETE CASCADE); a writer waits up to 30 s for the write lock instead of failing.</summary>
        public override DbDataSource CreateDataSource(string connectionString) =>
            SqliteFactory.Instance.CreateDataSource(new SqliteConnectionStringBuilder(connectionString)
            {
                ForeignKeys = true,
                DefaultTimeout = 30,
            }.ToString());

        /// <summary>
        /// BEGIN IMMEDIATE (Microsoft.Data.Sqlite defers only a ReadUncommitted transaction): the write lock is taken
        /// (waiting for it if need be) before the first read, so a transaction never fails half-way because another
        /// writer got in between its read and its write.
        /// </summary>
        public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

        /// <summary>Nothing: BEGIN IMMEDIATE already holds the database's write lock, so no other writer gets in.</summary>
        public override string LockForWrite => "";

        /// <summary>A failed statement is undone alone; the transaction goes on.</summary>
        public override bool FailedStatementAbortsTransaction => false;

        /// <summary>Dapper expands the list into (@p1, @p2, …).</summary>
        public override string AnyOf(string column, string parameter) => $"{column} IN @{parameter}";

        /// <summary>SQLite's default BINARY collation already compares code points.</summary>
        public override string Ordinal(string expression) => expression;

        public override string Joined(string column) => $"group_concat({column}, '{JoinedTags.Separator}')";
    }

    public sealed class Postgres : SqlDialect
    {
        public override DbDataSource CreateDataSource(string connectionString) => NpgsqlDataSource.Create(connectionString);

        public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

        /// <summary>The row stays locked until the transaction ends; READ COMMITTED re-reads it after waiting.</summary>
        public override string LockForWrite => " FOR UPDATE";

        /// <summary>After an error every statement fails until ROLLBACK (or ROLLBACK TO SAVEPOINT).</summary>
        public override bool FailedStatementAbortsTransaction => true;

        /// <summary>The list travels as one array parameter.</summary>
        public override string AnyOf(string column, string parameter) => $"{column} = ANY(@{parameter})";

        /// <summary>The database's collation may follow a locale (where '-' is ignored); "C" compares bytes.</summary>
        public override string Ordinal(string expression) => $"{expression} COLLATE \"C\"";

        public override string Joined(string column) => $"string_agg({column}, '{JoinedTags.Separator}')";
    }
}
