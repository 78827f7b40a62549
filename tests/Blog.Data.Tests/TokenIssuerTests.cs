using Blog.Data.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace Blog.Data.Tests;

public class TokenIssuerTests
{
    private static JwtSettings Settings(string environment, string? key = null) => JwtSettings.From(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Jwt:SigningKey"] = key }).Build(),
        new HostingEnvironment { EnvironmentName = environment });

    [Fact]
    public async Task A_token_validates_only_as_its_own_type()
    {
        var issuer = new TokenIssuer(Settings(Environments.Development));
        var token = issuer.Create(7, TokenTypes.Access, "jti", DateTime.UtcNow, TimeSpan.FromMinutes(5));
        var identity = await issuer.ValidateAsync(token, TokenTypes.Access);
        Assert.Equal(7, TokenIssuer.UserIdOf(identity!));
        Assert.Null(await issuer.ValidateAsync(token, TokenTypes.Refresh));
    }

    [Fact]
    public async Task Expired_and_foreign_tokens_are_refused()
    {
        var issuer = new TokenIssuer(Settings(Environments.Development));
        var expired = issuer.Create(7, TokenTypes.Access, "j", DateTime.UtcNow.AddHours(-2), TimeSpan.FromMinutes(30));
        Assert.Null(await issuer.ValidateAsync(expired, TokenTypes.Access));
        var foreign = new TokenIssuer(Settings(Environments.Production, new string('k', 40)))
            .Create(7, TokenTypes.Access, "j", DateTime.UtcNow, TimeSpan.FromMinutes(5));
        Assert.Null(await issuer.ValidateAsync(foreign, TokenTypes.Access));
    }

    [Fact]
    public void Production_refuses_to_start_without_a_signing_key()
    {
        var error = Assert.Throws<InvalidSettingException>(() => Settings(Environments.Production));
        Assert.Contains("Jwt:SigningKey", error.Message);
    }

    [Fact]
    public void A_short_signing_key_is_refused() =>
        Assert.Throws<InvalidSettingException>(() => Settings(Environments.Production, "short"));

    [Fact]
    public void Lifetimes_default_to_30_minutes_and_7_days()
    {
        var settings = Settings(Environments.Development);
        Assert.Equal(TimeSpan.FromMinutes(30), settings.AccessLifetime);
        Assert.Equal(TimeSpan.FromDays(7), settings.RefreshLifetime);
    }
}
