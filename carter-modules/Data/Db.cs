using System.Data.Common;
using Dapper;

namespace CarterModules.Data;

/// <summary>
/// The request's connection, like a `pg` client checked out of the pool (the host's <see cref="DbDataSource"/>). A
/// write transaction, when a use case asks for one, covers every statement after it.
/// </summary>
public sealed class Db(SqlDialect dialect, DbDataSource dataSource) : IAsyncDisposable
{
    private DbConnection? _connection;
    private DbTransaction? _transaction;

    public SqlDialect Dialect => dialect;

    public async Task<List<T>> QueryAsync<T>(string sql, object? args, CancellationToken cancellationToken) =>
        (await (await OpenAsync(cancellationToken)).QueryAsync<T>(Command(sql, args, cancellationToken))).AsList();

    public async Task<T?> QuerySingleOrDefaultAsync<T>(string sql, object? args, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).QuerySingleOrDefaultAsync<T>(Command(sql, args, cancellationToken));

    /// <summary>
    /// A count and a list in one round trip: two statements sent as one batch, the first answering one value. Like
    /// `pg`'s multi-statement query, it takes one connection and one wait for the database.
    /// </summary>
    public async Task<(T Scalar, List<TRow> Rows)> ScalarAndQueryAsync<T, TRow>(string sql, object? args, CancellationToken cancellationToken)
    {
        await using var results = await (await OpenAsync(cancellationToken)).QueryMultipleAsync(Command(sql, args, cancellationToken));
        var scalar = await results.ReadSingleAsync<T>();
        return (scalar, (await results.ReadAsync<TRow>()).AsList());
    }

    public async Task<T> ScalarAsync<T>(string sql, object? args, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).ExecuteScalarAsync<T>(Command(sql, args, cancellationToken))
        ?? throw new InvalidOperationException($"The statement returned no value: {sql}");

    public async Task<int> ExecuteAsync(string sql, object? args, CancellationToken cancellationToken) =>
        await (await OpenAsync(cancellationToken)).ExecuteAsync(Command(sql, args, cancellationToken));

    /// <summary>Begins the write transaction every later statement runs in; disposing it uncommitted rolls it back.</summary>
    public async Task<DbTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null) throw new InvalidOperationException("A transaction is already open.");
        _transaction = await dialect.BeginWriteAsync(await OpenAsync(cancellationToken), cancellationToken);
        return _transaction;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null) throw new InvalidOperationException("No transaction is open.");
        await _transaction.CommitAsync(cancellationToken);
    }

    public async Task EndAsync()
    {
        if (_transaction is null) return;
        await _transaction.DisposeAsync();
        _transaction = null;
    }

    /// <summary>
    /// Like `knex.transaction(async trx => …)`: runs <paramref name="work"/> in one write transaction, committed when
    /// it returns and rolled back when it throws. Inside a transaction the caller already began (an idempotent
    /// create's, which stores its answer in it), the work is part of that one, which its owner commits.
    /// </summary>
    public async Task<T> TransactionAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        if (_transaction is not null) return await work();
        try
        {
            var transaction = await BeginAsync(cancellationToken);
            var result = await work();
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        finally
        {
            await EndAsync();
        }
    }

    /// <summary>
    /// Runs one statement that may fail on a unique index and be tried again, so that its failure leaves the
    /// transaction usable. SQLite already undoes a failed statement alone; PostgreSQL spoils the whole transaction
    /// after an error, so there the statement is fenced by a savepoint and rolled back to it.
    /// </summary>
    public async Task AttemptAsync(Func<Task> statement, CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("An attempt needs an open transaction.");
        if (!dialect.FailedStatementAbortsTransaction)
        {
            await statement();
            return;
        }
        await transaction.SaveAsync("attempt", cancellationToken);
        try
        {
            await statement();
        }
        catch
        {
            await transaction.RollbackAsync("attempt", cancellationToken);
            throw;
        }
        await transaction.ReleaseAsync("attempt", cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await EndAsync();
        if (_connection is not null) await _connection.DisposeAsync();
    }

    private CommandDefinition Command(string sql, object? args, CancellationToken cancellationToken) =>
        new(sql, args, _transaction, cancellationToken: cancellationToken);

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        _connection ??= await dataSource.OpenConnectionAsync(cancellationToken);
}
