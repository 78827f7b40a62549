using Blog.Data.Auth;
using Blog.Hosting.RateLimiting;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Auth;

/// <summary>
/// POST /auth/login, like Passport's local strategy: the shared <see cref="LoginCheck"/> refuses unknown users, wrong
/// passwords and inactive users alike — a spent LoginFailures window of the username (the shared
/// <see cref="LoginThrottle"/>) refuses before it — then the shared <see cref="TokenService"/> starts a new login.
/// </summary>
public sealed record Login(string Username, string Password) : ICommand<TokenPair>
{
    public sealed class Handler(Db db, PasswordHasher hasher, TokenService tokens, LoginThrottle throttle) : ICommandHandler<Login, TokenPair>
    {
        public async ValueTask<TokenPair> Handle(Login command, CancellationToken cancellationToken) =>
            await throttle.GuardAsync(command.Username, async () =>
            {
                var user = hasher.Authenticate(await Users.FindByUsernameAsync(db, command.Username, cancellationToken), command.Password);
                return await tokens.IssueAsync(user.Id, cancellationToken);
            }, cancellationToken);
    }
}
