using Blog.Data.Auth;
using Blog.Domain.Users;
using CarterModules.Data;
using CarterModules.Features.Users;
using Mediator;

namespace CarterModules.Features.Auth;

/// <summary>
/// POST /auth/login, like Passport's local strategy: the shared <see cref="LoginCheck"/> refuses unknown users, wrong
/// passwords and inactive users alike, then the shared <see cref="TokenService"/> starts a new token family.
/// The credentials were already read and checked by the shared <see cref="Blog.Hosting.Auth.LoginCredentials"/>.
/// </summary>
public sealed record Login(string Username, string Password) : ICommand<TokenPair>
{
    public sealed class Handler(Db db, PasswordHasher hasher, TokenService tokens) : ICommandHandler<Login, TokenPair>
    {
        public async ValueTask<TokenPair> Handle(Login command, CancellationToken ct)
        {
            var found = await db.QuerySingleOrDefaultAsync<User>(
                $"SELECT {UserById.Columns} FROM users WHERE normalized_username = @username",
                new { username = User.Normalize(command.Username) }, ct);
            var user = hasher.Authenticate(found, command.Password);
            return await tokens.IssueAsync(user.Id, ct);
        }
    }
}
