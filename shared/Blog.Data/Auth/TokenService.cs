using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Blog.Data.Auth;

/// <summary>Issues token pairs and carries out rotation, reuse detection and logout over any <see cref="IRefreshTokenStore"/>.</summary>
public sealed class TokenService(TokenIssuer issuer, JwtSettings settings, IRefreshTokenStore store, TimeProvider clock)
{
    public const string InvalidRefreshToken = "The refresh token is invalid, expired or revoked.";

    /// <summary>A new login: a new token family.</summary>
    public async Task<TokenPair> IssueAsync(int userId, CancellationToken cancellationToken)
    {
        var now = Timestamps.Now(clock);
        var family = new RefreshTokenFamily
        {
            Id = NewId(),
            UserId = userId,
            CurrentJti = NewId(),
            CreatedAt = now,
            ExpiresAt = now + settings.RefreshLifetime,
        };
        await store.AddAsync(family, cancellationToken);
        return Pair(userId, family.Id, family.CurrentJti, now);
    }

    /// <summary>
    /// A refresh token works once. Any other outcome — a token already used (a reuse: it leaked), a revoked or expired
    /// login, an inactive user — revokes every token of that login.
    /// </summary>
    public async Task<TokenPair> RefreshAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var token = await ReadAsync(refreshToken);
        var now = Timestamps.Now(clock);
        var next = NewId();
        if (await store.TryRotateAsync(token.FamilyId, token.UserId, token.Jti, next, now, now + settings.RefreshLifetime, cancellationToken))
            return Pair(token.UserId, token.FamilyId, next, now);
        await store.RevokeAsync(token.FamilyId, token.UserId, now, cancellationToken);
        throw new UnauthorizedError(InvalidRefreshToken);
    }

    /// <summary>Ends the login the token belongs to, whichever of its tokens it is.</summary>
    public async Task LogoutAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var token = await ReadAsync(refreshToken);
        if (!await store.RevokeAsync(token.FamilyId, token.UserId, Timestamps.Now(clock), cancellationToken))
            throw new UnauthorizedError(InvalidRefreshToken);
    }

    private async Task<(int UserId, string FamilyId, string Jti)> ReadAsync(string refreshToken)
    {
        var identity = await issuer.ValidateAsync(refreshToken, TokenTypes.Refresh);
        var userId = identity is null ? null : TokenIssuer.UserIdOf(identity);
        var familyId = identity?.FindFirst(JwtRegisteredClaimNames.Sid)?.Value;
        var jti = identity?.FindFirst(JwtRegisteredClaimNames.Jti)?.Value;
        return userId is { } id && familyId is not null && jti is not null
            ? (id, familyId, jti)
            : throw new UnauthorizedError(InvalidRefreshToken);
    }

    private TokenPair Pair(int userId, string familyId, string refreshJti, DateTime now) => new(
        issuer.Create(userId, TokenTypes.Access, NewId(), now, settings.AccessLifetime),
        issuer.Create(userId, TokenTypes.Refresh, refreshJti, now, settings.RefreshLifetime, familyId),
        "bearer",
        (int)settings.AccessLifetime.TotalSeconds);

    private static string NewId() => Guid.NewGuid().ToString("N");
}
