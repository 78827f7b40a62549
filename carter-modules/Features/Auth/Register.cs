using Blog.Data.Auth;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using CarterModules.Data;
using CarterModules.Requests;
using CarterModules.Responses;
using Mediator;

namespace CarterModules.Features.Auth;

/// <summary>POST /auth/register: a new account with a hashed password.</summary>
public sealed record Register(RegisterBody Account) : ICommand<PrivateUserResponse>
{
    public sealed class Handler(Db db, PasswordHasher hasher, TimeProvider clock) : ICommandHandler<Register, PrivateUserResponse>
    {
        public async ValueTask<PrivateUserResponse> Handle(Register command, CancellationToken cancellationToken)
        {
            var account = command.Account;
            var user = User.Create(account.Username!, account.Email!, hasher.Hash(account.Password!), Timestamps.Now(clock));
            await Users.InsertAsync(db, user, cancellationToken);
            return PrivateUserResponse.From(user);
        }
    }
}
