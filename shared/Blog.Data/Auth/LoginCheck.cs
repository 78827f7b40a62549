using Blog.Domain.Errors;
using Blog.Domain.Users;

namespace Blog.Data.Auth;

public static class LoginCheck
{
    public const string IncorrectCredentials = "Incorrect username or password.";

    /// <summary>
    /// The user a login may proceed as. Unknown user, wrong password and inactive user are one 401 with one message,
    /// and the password hash is computed in every case so that timing does not tell them apart.
    /// </summary>
    public static User Authenticate(this PasswordHasher hasher, User? user, string password)
    {
        var passwordMatches = hasher.Verify(password, user?.PasswordHash);
        return passwordMatches && user is { IsActive: true } ? user : throw new UnauthorizedError(IncorrectCredentials);
    }
}
