using Blog.ContractTests.Harness;
using Blog.Data;
using CarterModules.Data;

namespace Blog.Carter.Tests;

/// <summary>A dialect on a database of its own: SQLite in memory, or a fresh database on the test PostgreSQL cluster.</summary>
public abstract class DialectDatabase : IAsyncLifetime
{
    public SqlDialect Dialect { get; private set; } = null!;

    public abstract DatabaseProvider Provider { get; }

    public Db NewDb(SqlStatementCounter? counter = null) => new(Dialect, counter ?? new SqlStatementCounter());

    public async ValueTask InitializeAsync()
    {
        DapperSetup.Apply();
        Dialect = SqlDialect.For(new DatabaseSettings(Provider, await CreateAsync()));
    }

    public virtual async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        await Dialect.DisposeAsync();
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
