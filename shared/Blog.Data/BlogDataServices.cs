using Blog.Data.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Blog.Data;

public static class BlogDataServices
{
    /// <summary>
    /// The database from configuration (a pooled DbContext: creating one per request costs the EF hosts a third of
    /// their throughput, see docs/performance.md) and the auth primitives every host shares.
    /// </summary>
    public static IServiceCollection AddBlogData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        if (database.Provider == DatabaseProvider.Sqlite)
            services.AddDbContextPool<BlogDbContext, SqliteBlogDbContext>(options =>
                WithSharedOptions(options.UseSqlite(database.ConnectionString)));
        else
            services.AddDbContextPool<BlogDbContext, PostgresBlogDbContext>(options =>
                WithSharedOptions(options.UseNpgsql(database.ConnectionString)));
        services.AddSingleton(TimeProvider.System);
        services.AddBlogAuthPrimitives(configuration, environment);
        return services;
    }

    private static void WithSharedOptions(DbContextOptionsBuilder options) => options
        .UseSnakeCaseNamingConvention()
        // EF Core logs every failed statement as an error with its stack trace. The host's error path logs it once, at
        // the level its cause deserves: a race the database decided (409, 404) is no error, a database that is down
        // is one warning per request, and only a bug is an error.
        .ConfigureWarnings(warnings => warnings.Log(
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (CoreEventId.QueryIterationFailed, LogLevel.Debug)));
}
