using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace Blog.Data.Auth;

/// <summary>
/// PBKDF2-HMAC-SHA256 with a per-password salt. The cost is `Auth:PasswordIterations` (default 600 000, OWASP's
/// 2023 figure) and is stored in each hash, so raising it later still verifies old hashes.
/// </summary>
public sealed class PasswordHasher
{
    public const int DefaultIterations = 600_000;
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    private readonly int _iterations;
    private readonly Lazy<string> _dummyHash;

    public PasswordHasher(IConfiguration configuration)
    {
        _iterations = SettingValues.PositiveInteger(configuration, "Auth:PasswordIterations", DefaultIterations);
        // Made at the first unknown-user login, so that reading the setting at start-up costs no hashing.
        _dummyHash = new Lazy<string>(() => Hash(Convert.ToBase64String(RandomNumberGenerator.GetBytes(SaltBytes))));
    }

    public string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, _iterations);
        return string.Join('$', Scheme, _iterations.ToString(CultureInfo.InvariantCulture),
            Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    /// <summary>
    /// Checks a password against a stored hash. With no stored hash (unknown user) it still does the same work
    /// against a dummy hash, so a response's timing does not tell whether the user exists.
    /// </summary>
    public bool Verify(string password, string? storedHash)
    {
        var parts = (storedHash ?? _dummyHash.Value).Split('$');
        if (parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations))
            return false;
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Derive(password, Convert.FromBase64String(parts[2]), iterations);
        return CryptographicOperations.FixedTimeEquals(actual, expected) && storedHash is not null;
    }

    private static byte[] Derive(string password, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, HashBytes);
}
