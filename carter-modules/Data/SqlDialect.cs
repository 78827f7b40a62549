using System.Data;
using System.Data.Common;
using Blog.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CarterModules.Data;

/// <summary>
/// Everything the hand-written SQL does differently on SQLite and PostgreSQL, and nothing else: how a connection is
/// made, how a write transaction begins and locks what it is about to change, whether a failed statement spoils
/// it, how a column is matched against a list, and how text sorts ordinally.
/// </summary>
public abstract class SqlDialect : IAsyncDisposable
{
    public static SqlDialect For(DatabaseSettings settings) => settings.Provider == DatabaseProvider.Sqlite
        ? new Sqlite(settings.ConnectionString)
        : new Postgres(settings.ConnectionString);

    public abstract DbConnection CreateConnection();

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

    public async ValueTask DisposeAsync()
    {
        await DisposeAsyncCore();
        GC.SuppressFinalize(this);
    }

    protected virtual ValueTask DisposeAsyncCore() => ValueTask.CompletedTask;

    public sealed class Sqlite(string connectionString) : SqlDialect
    {
        /// <summary>Foreign keys on (for ON DELETE CASCADE); a writer waits up to 30 s for the write lock instead of failing.</summary>
        public string ConnectionString { get; } = new SqliteConnectionStringBuilder(connectionString)
        {
            ForeignKeys = true,
            DefaultTimeout = 30,
        }.ToString();

        public override DbConnection CreateConnection() => new SqliteConnection(ConnectionString);

        /// <summary>
        /// BEGIN IMMEDIATE: the write lock is taken (waiting for it if need be) before the first read, so a transaction
        /// never fails half-way because another writer got in between its read and its write.
        /// </summary>
        public override ValueTask<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
            ValueTask.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

        /// <summary>Nothing: BEGIN IMMEDIATE already holds the database's write lock, so no other writer gets in.</summary>
        public override string LockForWrite => "";

        /// <summary>A failed statement is undone alone; the transaction goes on.</summary>
        public override bool FailedStatementAbortsTransaction => false;

        /// <summary>Dapper expands the list into (@p1, @p2, …).</summary>
        public override string AnyOf(string column, string parameter) => $"{column} IN @{parameter}";

        /// <summary>SQLite's default BINARY collation already compares code points.</summary>
        public override string Ordinal(string expression) => expression;
    }

    public sealed class Postgres(string connectionString) : SqlDialect
    {
        private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

        public override DbConnection CreateConnection() => _source.CreateConnection();

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

        protected override async ValueTask DisposeAsyncCore()
        {
            await _source.DisposeAsync();
            await base.DisposeAsyncCore();
        }
    }
}
