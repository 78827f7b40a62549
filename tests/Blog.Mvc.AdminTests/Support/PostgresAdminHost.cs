using Blog.ContractTests.Harness;

namespace Blog.Mvc.AdminTests.Support;

/// <summary>The host on a fresh database of the test process's throwaway PostgreSQL cluster (the contract suite's <see cref="TestPostgres"/>).</summary>
public sealed class PostgresAdminHost : AdminHost
{
    public override DatabaseKind Database => DatabaseKind.Postgres;

    protected override Task<string> CreateDatabaseAsync() => TestPostgres.CreateDatabaseAsync();

    protected override Task DropDatabaseAsync() => TestPostgres.DropDatabaseAsync(ConnectionString);
}
