using System.Buffers;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Blog.Data.Auth;

/// <summary>
/// The secrets of API keys: <c>blog_</c> and 43 base64url characters of 32 random bytes, told apart in lists by their
/// first <see cref="PrefixLength"/> characters, stored only as their SHA-256. A slow hash (PBKDF2) protects guessable
/// passwords; 256 random bits cannot be guessed, so one fast hash is as safe and lets a request find its key by one
/// indexed lookup (docs/decisions.md).
/// </summary>
public static class ApiKeySecrets
{
    public const string Marker = "blog_";
    public const int PrefixLength = 12;
    private const int SecretBytes = 32;
    private static readonly int KeyLength = Marker.Length + Base64Url.GetEncodedLength(SecretBytes);

    /// <summary>A new key, the prefix shown in lists and the hash stored.</summary>
    public static (string Key, string Prefix, string Hash) New()
    {
        var key = Marker + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));
        return (key, key[..PrefixLength], Hash(key));
    }

    /// <summary>Whether <paramref name="key"/> has the shape of a key; only such a value is looked up.</summary>
    public static bool IsWellFormed(string key) =>
        key.Length == KeyLength && key.StartsWith(Marker, StringComparison.Ordinal)
        && key.AsSpan(Marker.Length).ContainsAnyExcept(Base64UrlCharacters) is false;

    /// <summary>64 lower-case hex digits.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static readonly SearchValues<char> Base64UrlCharacters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");
}
