using Blog.Data;
using Microsoft.EntityFrameworkCore;

namespace Blog.ContractTests.Harness;

/// <summary>
/// The fixture's own way into the database it made for a host: a context of the shared schema on the fixture's
/// connection string, never one of the host's, for the few specs that set up or inspect what no endpoint shows.
/// </summary>
public static class FixtureDbContext
{
    public static BlogDbContext Create(DatabaseKind database, string connectionString) => database == DatabaseKind.Sqlite
        ? new SqliteBlogDbContext(new DbContextOptionsBuilder<SqliteBlogDbContext>()
            .UseSqlite(connectionString).UseSnakeCaseNamingConvention().Options)
        : new PostgresBlogDbContext(new DbContextOptionsBuilder<PostgresBlogDbContext>()
            .UseNpgsql(connectionString).UseSnakeCaseNamingConvention().Options);
}
