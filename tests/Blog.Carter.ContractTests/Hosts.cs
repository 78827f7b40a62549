using Blog.ContractTests.Harness;

namespace Blog.Carter.ContractTests;

/// <summary>The carter-modules host on a fresh SQLite file.</summary>
public sealed class SqliteHost() : BlogHostFixture<Program>(DatabaseKind.Sqlite);

/// <summary>The carter-modules host on a fresh PostgreSQL database.</summary>
public sealed class PostgresHost() : BlogHostFixture<Program>(DatabaseKind.Postgres);
