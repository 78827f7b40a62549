namespace Blog.Data.Auth;

/// <summary>
/// A personal access key of one user (≈ DRF's <c>TokenAuthentication</c>, GitHub's personal access tokens). Only the
/// SHA-256 hash of the secret is stored: the secret is shown once, when the key is created. <see cref="Prefix"/> is
/// the secret's first characters, kept so that a user can tell keys apart in a list without the secret. Revoking a
/// key deletes its row.
/// </summary>
public class ApiKey
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string SecretHash { get; set; } = "";
    public string Scope { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? ExpiresAt { get; set; }
}
