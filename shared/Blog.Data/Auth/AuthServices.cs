using Blog.Domain.Paging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Blog.Data.Auth;

public static class AuthServices
{
    /// <summary>
    /// Hashing, token issuing and rotation, and the cursor codec keyed from the JWT secret. The settings are read
    /// here, at start-up, so a production host without a signing key fails before it serves anything.
    /// </summary>
    public static IServiceCollection AddBlogAuthPrimitives(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var jwt = JwtSettings.From(configuration, environment);
        services.AddSingleton(jwt);
        services.AddSingleton(new CursorCodec(jwt.CursorKey()));
        services.AddSingleton(new PasswordHasher(configuration));
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<TokenService>();
        services.AddScoped<Accounts>();
        services.AddScoped<IRefreshTokenStore, EfRefreshTokenStore>();
        services.AddScoped<IUserStatus, EfUserStatus>();
        services.AddScoped<IApiKeyLookup, EfApiKeyLookup>();
        return services;
    }
}
