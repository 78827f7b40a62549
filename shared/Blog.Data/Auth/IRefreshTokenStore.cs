namespace Blog.Data.Auth;

/// <summary>
/// Where the logins (refresh-token families) live; each host implements it with its own data access. Every method
/// is one statement on the family's row, so simultaneous refreshes and logouts of one login are decided in the order
/// the database takes that row.
/// </summary>
public interface IRefreshTokenStore
{
    Task AddAsync(RefreshTokenFamily family, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the family from <paramref name="jti"/> to <paramref name="nextJti"/> if <paramref name="jti"/> is its
    /// current token, the family is neither revoked nor expired and its user is active; false otherwise.
    /// </summary>
    Task<bool> TryRotateAsync(
        string familyId, int userId, string jti, string nextJti, DateTime now, DateTime expiresAt, CancellationToken cancellationToken);

    /// <summary>Revokes the family (again is harmless); false when that user has no such family.</summary>
    Task<bool> RevokeAsync(string familyId, int userId, DateTime now, CancellationToken cancellationToken);
}
