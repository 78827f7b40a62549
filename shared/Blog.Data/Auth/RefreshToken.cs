namespace Blog.Data.Auth;

/// <summary>
/// The server-side record of one refresh token. All tokens of one login share a family:
/// presenting a used token revokes the whole family.
/// </summary>
public class RefreshToken
{
    public int Id { get; set; }
    public string Jti { get; set; } = "";
    public string FamilyId { get; set; } = "";
    public int UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}
