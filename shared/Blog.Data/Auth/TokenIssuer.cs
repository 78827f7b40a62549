using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Blog.Data.Auth;

/// <summary>
/// Writes and checks the HS256 JWTs: claims sub, jti, type, iat, exp, iss and aud, and on a refresh token sid, the
/// login (token family) it belongs to. Expiry is exact: no clock skew is allowed and no `nbf` is written, so an
/// instance whose clock runs a little ahead issues tokens that every other instance accepts at once
/// (docs/decisions.md).
/// </summary>
public sealed class TokenIssuer(JwtSettings settings)
{
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false, SetDefaultTimesOnTokenCreation = false };
    private readonly SigningCredentials _credentials =
        new(new SymmetricSecurityKey(settings.SigningKey), SecurityAlgorithms.HmacSha256);

    public TokenValidationParameters ValidationParameters { get; } = new()
    {
        ValidIssuer = settings.Issuer,
        ValidAudience = settings.Audience,
        IssuerSigningKey = new SymmetricSecurityKey(settings.SigningKey),
        ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
        ClockSkew = TimeSpan.Zero,
        NameClaimType = JwtRegisteredClaimNames.Sub,
    };

    public string Create(int userId, string type, string jti, DateTime now, TimeSpan lifetime, string? familyId = null)
    {
        var claims = new Dictionary<string, object>
        {
            [JwtRegisteredClaimNames.Sub] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [JwtRegisteredClaimNames.Jti] = jti,
            [TokenTypes.Claim] = type,
        };
        if (familyId is not null) claims[JwtRegisteredClaimNames.Sid] = familyId;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = now,
            Expires = now + lifetime,
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            SigningCredentials = _credentials,
        });
    }

    /// <summary>The token's claims when it is valid and of the expected type; null otherwise.</summary>
    public async Task<ClaimsIdentity?> ValidateAsync(string token, string expectedType)
    {
        var result = await _handler.ValidateTokenAsync(token, ValidationParameters);
        return result.IsValid && result.ClaimsIdentity.FindFirst(TokenTypes.Claim)?.Value == expectedType
            ? result.ClaimsIdentity
            : null;
    }

    /// <summary>The user id in a validated identity's `sub` claim.</summary>
    public static int? UserIdOf(ClaimsPrincipal? principal) => UserIdOf(principal?.FindFirst(JwtRegisteredClaimNames.Sub)?.Value);

    public static int? UserIdOf(ClaimsIdentity identity) => UserIdOf(identity.FindFirst(JwtRegisteredClaimNames.Sub)?.Value);

    private static int? UserIdOf(string? sub) => int.TryParse(sub, out var id) ? id : null;
}
