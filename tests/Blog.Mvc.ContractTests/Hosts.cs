using Blog.ContractTests.Harness;

namespace Blog.Mvc.ContractTests;

/// <summary>The mvc-controllers host on a fresh SQLite file.</summary>
public sealed class SqliteHost() : BlogHostFixture<Program>(DatabaseKind.Sqlite);

/// <summary>The mvc-controllers host on a fresh PostgreSQL database.</summary>
public sealed class PostgresHost() : BlogHostFixture<Program>(DatabaseKind.Postgres);
