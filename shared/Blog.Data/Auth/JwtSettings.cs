using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Blog.Data.Auth;

/// <summary>The `Jwt:*` settings. Outside Development a signing key must be configured; the host refuses to start without one.</summary>
public sealed record JwtSettings(byte[] SigningKey, string Issuer, string Audience, TimeSpan AccessLifetime, TimeSpan RefreshLifetime)
{
    // Shared by every host in Development so that they accept each other's tokens. Never used in production.
    public const string DevelopmentSigningKey = "blog-samples-development-signing-key-do-not-use-in-production";
    private const int MinimumKeyBytes = 32;

    public static JwtSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var key = configuration["Jwt:SigningKey"];
        if (string.IsNullOrEmpty(key))
        {
            key = environment.IsDevelopment() ? DevelopmentSigningKey
                : throw new InvalidSettingException(
                    $"Jwt:SigningKey is not configured. Outside Development the host needs a secret of at least " +
                    $"{MinimumKeyBytes} bytes, e.g. the environment variable Jwt__SigningKey.");
        }
        var bytes = Encoding.UTF8.GetBytes(key);
        if (bytes.Length < MinimumKeyBytes)
            throw new InvalidSettingException($"Jwt:SigningKey must be at least {MinimumKeyBytes} bytes long.");
        return new JwtSettings(
            bytes,
            configuration["Jwt:Issuer"] ?? "blog-samples",
            configuration["Jwt:Audience"] ?? "blog-samples",
            TimeSpan.FromMinutes(SettingValues.PositiveInteger(configuration, "Jwt:AccessTokenMinutes", 30)),
            TimeSpan.FromDays(SettingValues.PositiveInteger(configuration, "Jwt:RefreshTokenDays", 7)));
    }

    /// <summary>A separate key for signing list cursors, derived so that a cursor is never a valid token signature.</summary>
    public byte[] CursorKey() => HMACSHA256.HashData(SigningKey, "blog-samples/cursor"u8);
}
