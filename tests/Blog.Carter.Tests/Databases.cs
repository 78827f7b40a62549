using System.Data.Common;
using Blog.ContractTests.Counting;
using Blog.ContractTests.Harness;
using Blog.Data;
using CarterModules.Data;

namespace Blog.Carter.Tests;

/// <summary>A dialect on a database of its own: SQLite in memory, or a fresh database on the test PostgreSQL cluster.</summary>
public abstract class DialectDatabase : IAsyncLifetime
{
    private DbDataSource _source = null!;

    public SqlDialect Dialect { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Db NewDb() => new(Dialect, _source);

    /// <summary>A connection whose statements <paramref name="counter"/> counts, as the contract suite's hosts count theirs.</summary>
    public Db NewCountedDb(StatementCounter counter) => new(Dialect, new CountingDataSource(_source, counter));

    public async ValueTask InitializeAsync()
    {
        DapperSetup.Apply();
        Dialect = SqlDialect.For(Provider);
        _source = Dialect.CreateDataSource(await CreateAsync());
    }

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await _source.DisposeAsync();
    }

    protected abstract Task<string> CreateAsync();
}

public sealed class SqliteMemory : DialectDatabase
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    // One connection per test: an in-memory database lives as long as its connection.
    protected override Task<string> CreateAsync() => Task.FromResult("Data Source=:memory:");
}

public sealed class PostgresDatabase : DialectDatabase
{
    private string? _connectionString;

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override async Task<string> CreateAsync() => _connectionString = await TestPostgres.CreateDatabaseAsync();

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_connectionString is not null) await TestPostgres.DropDatabaseAsync(_connectionString);
    }
}
