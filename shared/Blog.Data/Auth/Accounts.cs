using Blog.Data.Sql;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;

namespace Blog.Data.Auth;

/// <summary>Registration and log-in over EF Core: the same steps in every host that uses the EF model.</summary>
public sealed class Accounts(BlogDbContext db, PasswordHasher hasher, TokenService tokens, TimeProvider clock)
{
    /// <summary>A new user; a username or email taken case-insensitively, also by a simultaneous request, is 409.</summary>
    public async Task<User> RegisterAsync(
        string username, string email, string password, CancellationToken cancellationToken, bool isStaff = false, bool isSuperuser = false)
    {
        var user = User.Create(username, email, hasher.Hash(password), Timestamps.Now(clock));
        user.IsStaff = isStaff;
        user.IsSuperuser = isSuperuser;
        db.Users.Add(user);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (UniqueViolation.Is(exception))
        {
            throw UserErrors.Taken();
        }
        return user;
    }

    /// <summary>The active user with these credentials; every failure is one 401 after the same work.</summary>
    public async Task<User> AuthenticateAsync(string username, string password, CancellationToken cancellationToken)
    {
        var normalized = User.Normalize(username);
        // A name no user can have (PostgreSQL text cannot even hold U+0000) is looked up nowhere, but hashed all the same.
        var found = FieldRules.NoNul(normalized) is not null ? null
            : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUsername == normalized, cancellationToken);
        return hasher.Authenticate(found, password);
    }

    /// <summary>A token pair for a new login.</summary>
    public async Task<(User User, TokenPair Tokens)> LoginAsync(string username, string password, CancellationToken cancellationToken)
    {
        var user = await AuthenticateAsync(username, password, cancellationToken);
        return (user, await tokens.IssueAsync(user.Id, cancellationToken));
    }
}
