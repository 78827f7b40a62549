using Blog.Domain.Rules;

namespace Blog.Domain.ApiKeys;

/// <summary>The field rules of POST /users/me/api-keys, each a message for a broken rule or null, like <see cref="FieldRules"/>.</summary>
public static class ApiKeyRules
{
    public const int NameMax = 100;
    public const int MaxPerUser = 25;

    public static readonly string ScopeMessage = $"Must be one of: {string.Join(", ", ApiKeyScopes.All)}.";
    public const string ExpiresAtMessage = "Must be in the future.";

    public static string? Name(string? value) => value switch
    {
        null => FieldRules.Required,
        { Length: 0 } => FieldMessages.NotEmpty,
        { Length: > NameMax } => FieldMessages.AtMost(NameMax),
        _ when string.IsNullOrWhiteSpace(value) => FieldMessages.NotBlank,
        _ => FieldRules.NoNul(value),
    };

    public static string? Scope(string? value) => value switch
    {
        null => FieldRules.Required,
        _ when !ApiKeyScopes.All.Contains(value) => ScopeMessage,
        _ => null,
    };

    /// <summary>The expiry as stored and answered: UTC, whole microseconds (what PostgreSQL keeps), like every timestamp.</summary>
    public static DateTime? Stored(DateTime? value) =>
        value is { } expiresAt ? new DateTime(expiresAt.Ticks - expiresAt.Ticks % 10, DateTimeKind.Utc) : null;

    /// <summary>An absent expiry never expires; a present one must lie after <paramref name="now"/>.</summary>
    public static string? ExpiresAt(DateTime? value, DateTime now) =>
        value is { } expiresAt && expiresAt.ToUniversalTime() <= now ? ExpiresAtMessage : null;
}
