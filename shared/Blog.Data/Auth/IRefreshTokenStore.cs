namespace Blog.Data.Auth;

/// <summary>Where refresh-token records live; each host implements it with its own data access.</summary>
public interface IRefreshTokenStore
{
    Task AddAsync(RefreshToken token, CancellationToken cancellationToken);

    Task<RefreshToken?> FindAsync(string jti, CancellationToken cancellationToken);

    /// <summary>Marks the token used if it is still unused, unrevoked and unexpired; false when it was not (one atomic statement).</summary>
    Task<bool> TryUseAsync(string jti, DateTime now, CancellationToken cancellationToken);

    Task RevokeFamilyAsync(string familyId, DateTime now, CancellationToken cancellationToken);
}
