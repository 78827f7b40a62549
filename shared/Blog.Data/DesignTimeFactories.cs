using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Blog.Data;

// Used only by `dotnet ef migrations add`; the connection strings are never opened.
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBlogDbContext>
{
    public SqliteBlogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBlogDbContext>()
            .UseSqlite("Data Source=design.db").UseSnakeCaseNamingConvention().Options);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBlogDbContext>
{
    public PostgresBlogDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBlogDbContext>()
            .UseNpgsql("Host=localhost;Database=design").UseSnakeCaseNamingConvention().Options);
}
