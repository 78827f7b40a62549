namespace Blog.Data.Auth;

/// <summary>The holder of a key: whose it is, its scope and its expiry.</summary>
public sealed record ApiKeyHolder(int UserId, string Scope, DateTime? ExpiresAt);

/// <summary>
/// Finds the key with a given hash whose user is active, in one statement: a revoked key (its row deleted) or a
/// deactivated user's key is then simply not found.
/// </summary>
public interface IApiKeyLookup
{
    Task<ApiKeyHolder?> FindAsync(string secretHash, CancellationToken cancellationToken);
}
