using Blog.Data.Auth;
using Blog.Data.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Blog.Data;

public static class BlogDataServices
{
    /// <summary>
    /// The database from configuration (a pooled DbContext: creating one per request costs the EF hosts a third of
    /// their throughput, see docs/performance.md), the statement counter and the auth primitives every host shares.
    /// </summary>
    public static IServiceCollection AddBlogData(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = DatabaseSettings.From(configuration);
        services.AddSingleton(database);
        services.AddSingleton<SqlStatementCounter>();
        services.AddSingleton<StatementCountingInterceptor>();
        if (database.Provider == DatabaseProvider.Sqlite)
            services.AddDbContextPool<BlogDbContext, SqliteBlogDbContext>((sp, options) => options
                .UseSqlite(database.ConnectionString)
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(sp.GetRequiredService<StatementCountingInterceptor>()));
        else
            services.AddDbContextPool<BlogDbContext, PostgresBlogDbContext>((sp, options) => options
                .UseNpgsql(database.ConnectionString)
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(sp.GetRequiredService<StatementCountingInterceptor>()));
        services.AddSingleton(TimeProvider.System);
        services.AddBlogAuthPrimitives(configuration, environment);
        return services;
    }
}
