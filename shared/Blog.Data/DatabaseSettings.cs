using Microsoft.Extensions.Configuration;

namespace Blog.Data;

/// <summary>`Database:Provider` and `ConnectionStrings:Blog`, read the same way by every host.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqlite = "Data Source=blog.db";

    public static DatabaseSettings From(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"];
        var provider = string.IsNullOrEmpty(name) ? DatabaseProvider.Sqlite
            : Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var parsed) ? parsed
            : throw new InvalidOperationException(
                $"Database:Provider is '{name}'; it must be 'Sqlite' (the default) or 'Postgres'.");
        var connectionString = configuration.GetConnectionString("Blog");
        if (string.IsNullOrEmpty(connectionString))
        {
            connectionString = provider == DatabaseProvider.Sqlite ? DefaultSqlite
                : throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Blog is not set " +
                    "(e.g. ConnectionStrings__Blog='Host=localhost;Database=blog;Username=blog;Password=...').");
        }
        return new DatabaseSettings(provider, connectionString);
    }
}
