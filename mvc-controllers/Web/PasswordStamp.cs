using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;

namespace MvcControllers.Web;

/// <summary>
/// A short mark of the user's password hash, kept in the admin's cookie and the site's (≈ Django's session auth
/// hash): a new password makes a new mark, so a cookie signed in with the old password no longer logs anyone in.
/// The cookies are encrypted, so the mark is never seen outside the server.
/// </summary>
public static class PasswordStamp
{
    public const string ClaimType = "password_stamp";

    public static Claim Claim(string passwordHash) => new(ClaimType, Of(passwordHash));

    public static bool HasPasswordStamp(this ClaimsPrincipal principal, string passwordHash) => principal.HasClaim(ClaimType, Of(passwordHash));

    private static string Of(string passwordHash) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)), 0, 8);
}
