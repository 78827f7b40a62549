using Blog.Data.Auth;
using Blog.Hosting.OpenApi;
using MinimalApi.Validation;

namespace MinimalApi.Schemas;

/// <summary>The body of POST /users/me/api-keys.</summary>
public sealed record ApiKeyCreate(
    [RequiredField, ApiKeyName] string Name,
    [RequiredField, ApiKeyScope] string Scope,
    [ApiKeyExpiry] DateTime? ExpiresAt = null);

/// <summary>A key as listed: never its secret.</summary>
[WireSchema("ApiKeyView")]
public sealed record ApiKeyPublic(int Id, string Name, string Scope, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt)
{
    public static ApiKeyPublic From(ApiKey key) => new(key.Id, key.Name, key.Scope, key.Prefix, key.CreatedAt, key.ExpiresAt);
}

/// <summary>A key just created: the only answer that holds its secret.</summary>
[WireSchema("ApiKeyCreatedView")]
public sealed record ApiKeyCreated(int Id, string Name, string Scope, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, string Key)
{
    public static ApiKeyCreated From(ApiKey key, string secret) =>
        new(key.Id, key.Name, key.Scope, key.Prefix, key.CreatedAt, key.ExpiresAt, secret);
}
