using Blog.Data.Auth;
using Blog.Hosting.OpenApi;

namespace MvcControllers.Api.Serializers;

/// <summary>A key as listed: never its secret.</summary>
[WireSchema("ApiKeyView")]
public sealed record ApiKeyRepresentation(int Id, string Name, string Scope, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt)
{
    public static ApiKeyRepresentation Of(ApiKey key) => new(key.Id, key.Name, key.Scope, key.Prefix, key.CreatedAt, key.ExpiresAt);
}

/// <summary>A key just created: the only answer that holds its secret.</summary>
[WireSchema("ApiKeyCreatedView")]
public sealed record ApiKeyCreatedRepresentation(int Id, string Name, string Scope, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, string Key)
{
    public static ApiKeyCreatedRepresentation Of(ApiKey key, string secret) =>
        new(key.Id, key.Name, key.Scope, key.Prefix, key.CreatedAt, key.ExpiresAt, secret);
}
