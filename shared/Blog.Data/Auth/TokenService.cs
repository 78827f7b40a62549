using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Blog.Data.Auth;

/// <summary>Issues token pairs and carries out rotation, reuse detection and logout over any <see cref="IRefreshTokenStore"/>.</summary>
public sealed class TokenService(
    TokenIssuer issuer, JwtSettings settings, IRefreshTokenStore store, IUserStatus users, TimeProvider clock)
{
    public const string InvalidRefreshToken = "The refresh token is invalid, expired or revoked.";

    /// <summary>A new login: a new token family.</summary>
    public Task<TokenPair> IssueAsync(int userId, CancellationToken cancellationToken) =>
        IssueAsync(userId, Guid.NewGuid().ToString("N"), cancellationToken);

    /// <summary>A refresh token works once. Presenting one already used revokes every token of that login.</summary>
    public async Task<TokenPair> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var record = await FindAsync(refreshToken, cancellationToken);
        var now = Timestamps.Now(clock);
        if (!await store.TryUseAsync(record.Jti, now, cancellationToken))
        {
            await store.RevokeFamilyAsync(record.FamilyId, now, cancellationToken);
            throw new UnauthorizedError(InvalidRefreshToken);
        }
        if (!await users.IsActiveAsync(record.UserId, cancellationToken))
            throw new UnauthorizedError(InvalidRefreshToken);
        return await IssueAsync(record.UserId, record.FamilyId, cancellationToken);
    }

    public async Task LogoutAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var record = await FindAsync(refreshToken, cancellationToken);
        await store.RevokeFamilyAsync(record.FamilyId, Timestamps.Now(clock), cancellationToken);
    }

    private async Task<RefreshToken> FindAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var identity = await issuer.ValidateAsync(refreshToken, TokenTypes.Refresh);
        var jti = identity?.FindFirst(JwtRegisteredClaimNames.Jti)?.Value;
        var record = jti is null ? null : await store.FindAsync(jti, cancellationToken);
        return record ?? throw new UnauthorizedError(InvalidRefreshToken);
    }

    private async Task<TokenPair> IssueAsync(int userId, string familyId, CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(clock);
        var jti = Guid.NewGuid().ToString("N");
        await store.AddAsync(new RefreshToken
        {
            Jti = jti,
            FamilyId = familyId,
            UserId = userId,
            CreatedAt = now,
            ExpiresAt = now + settings.RefreshLifetime,
        }, cancellationToken);
        return new TokenPair(
            issuer.Create(userId, TokenTypes.Access, Guid.NewGuid().ToString("N"), now, settings.AccessLifetime),
            issuer.Create(userId, TokenTypes.Refresh, jti, now, settings.RefreshLifetime),
            "bearer",
            (int)settings.AccessLifetime.TotalSeconds);
    }
}
