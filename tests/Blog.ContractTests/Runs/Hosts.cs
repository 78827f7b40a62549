using Blog.ContractTests.Harness;

namespace Blog.ContractTests.Runs;

/// <summary>The host this runner references on a fresh SQLite file.</summary>
public sealed class SqliteHost() : BlogHostFixture<Program>(DatabaseKind.Sqlite);

/// <summary>The host this runner references on a fresh PostgreSQL database.</summary>
public sealed class PostgresHost() : BlogHostFixture<Program>(DatabaseKind.Postgres);
