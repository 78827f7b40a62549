namespace Blog.Domain.Users;

public class User
{
    public int Id { get; set; }
    public string Username { get; set; } = "";
    public string NormalizedUsername { get; set; } = "";
    public string Email { get; set; } = "";
    public string NormalizedEmail { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public bool IsActive { get; set; } = true;
    public bool IsStaff { get; set; }

    /// <summary>Every permission of the admin site without being given it (Django's is_superuser); staff may enter it.</summary>
    public bool IsSuperuser { get; set; }
    public DateTime CreatedAt { get; set; }

    public static User Create(string username, string email, string passwordHash, DateTime now) => new()
    {
        Username = username,
        NormalizedUsername = Normalize(username),
        Email = email,
        NormalizedEmail = Normalize(email),
        PasswordHash = passwordHash,
        CreatedAt = now,
    };

    /// <summary>The case-insensitive form that the unique indexes and log-in look-ups use.</summary>
    public static string Normalize(string value) => value.Trim().ToLowerInvariant();
}
