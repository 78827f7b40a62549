using Blog.Data;
using Blog.Data.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CarterModules.Data;

public static class DataServices
{
    /// <summary>
    /// The shared data services (settings, migrations, auth primitives) with Dapper in place of EF Core wherever this
    /// host touches the database at request time.
    /// </summary>
    public static IServiceCollection AddDapperData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        DapperSetup.Apply();
        services.AddBlogData(configuration, environment);
        services.AddSingleton(sp => SqlDialect.For(sp.GetRequiredService<DatabaseSettings>().Provider));
        services.AddSingleton(sp => sp.GetRequiredService<SqlDialect>()
            .CreateDataSource(sp.GetRequiredService<DatabaseSettings>().ConnectionString));
        services.AddScoped<Db>();
        services.Replace(ServiceDescriptor.Scoped<IRefreshTokenStore, DapperRefreshTokenStore>());
        services.Replace(ServiceDescriptor.Scoped<IUserStatus, DapperUserStatus>());
        services.Replace(ServiceDescriptor.Scoped<IApiKeyLookup, DapperApiKeyLookup>());
        return services;
    }
}
