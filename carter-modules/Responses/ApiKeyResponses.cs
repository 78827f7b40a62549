using Blog.Data.Auth;
using Blog.Hosting.OpenApi;

namespace CarterModules.Responses;

/// <summary>A key as listed: never its secret.</summary>
[WireSchema("ApiKeyView")]
public sealed record ApiKeyResponse(int Id, string Name, string Scope, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt)
{
    public static ApiKeyResponse From(ApiKey key) => new(key.Id, key.Name, key.Scope, key.Prefix, key.CreatedAt, key.ExpiresAt);
}

/// <summary>A key just created: the only answer that holds its secret.</summary>
[WireSchema("ApiKeyCreatedView")]
public sealed record ApiKeyCreatedResponse(int Id, string Name, string Scope, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, string Key);
