using System.Data.Common;
using Blog.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.ContractTests.Counting;

public static class StatementCounting
{
    /// <summary>
    /// Makes a host under test count every SQL statement it sends, whatever sends it: EF Core through an interceptor
    /// added to the shared context's options, hand-written SQL through a decorator of the host's
    /// <see cref="DbDataSource"/>. For a test host's ConfigureTestServices; production registers nothing of the kind.
    /// </summary>
    public static IServiceCollection CountStatements(this IServiceCollection services, StatementCounter counter)
    {
        var interceptor = new CountingCommandInterceptor(counter);
        // The host registers one of the two; the other configuration is never asked for.
        services.ConfigureDbContext<SqliteBlogDbContext>(options => options.AddInterceptors(interceptor), ServiceLifetime.Singleton);
        services.ConfigureDbContext<PostgresBlogDbContext>(options => options.AddInterceptors(interceptor), ServiceLifetime.Singleton);

        var source = services.LastOrDefault(service => service.ServiceType == typeof(DbDataSource));
        if (source is not null)
        {
            var create = source.ImplementationFactory
                ?? throw new InvalidOperationException("CountStatements decorates a DbDataSource registered by a factory; this host registers it otherwise.");
            services.Remove(source);
            services.AddSingleton<DbDataSource>(provider => new CountingDataSource((DbDataSource)create(provider), counter));
        }

        return services;
    }
}
