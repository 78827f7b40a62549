using Blog.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace Blog.Data;

public sealed class SqliteBlogDbContext(DbContextOptions<SqliteBlogDbContext> options) : BlogDbContext(options)
{
    // SQLite stores timestamps as text without a kind; every value the schema holds is UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
}
