namespace Blog.Data.Auth;

/// <summary>
/// The server-side record of one login: every refresh token of that login belongs to this family, and only
/// <see cref="CurrentJti"/> may be exchanged. One row per login means that rotation, reuse detection and logout all
/// change the same row, each in one conditional statement, so the database orders them: once a family is revoked,
/// no token of it ever works again.
/// </summary>
public class RefreshTokenFamily
{
    public string Id { get; set; } = "";
    public int UserId { get; set; }
    public string CurrentJti { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
