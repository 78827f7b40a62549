using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Tests;

/// <summary>
/// A start on a database with every migration applied skips the migrator (DatabaseMigrator), and with it EF Core's
/// check that the model has no change a migration is missing for: that check runs here instead, for both providers.
/// </summary>
public class MigrationsTests
{
    [Fact]
    public void The_postgres_migrations_cover_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no PostgreSQL migration applies: dotnet ef migrations add");
    }

    [Fact]
    public void The_sqlite_migrations_cover_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes no SQLite migration applies: dotnet ef migrations add");
    }
}
