using Blog.Domain.Users;
using Blog.Hosting.Wire;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Users;

/// <summary>GET /users/me: the caller's own account, email included.</summary>
public sealed record GetMe(int UserId) : IQuery<PrivateUserView>
{
    public sealed class Handler(Db db) : IQueryHandler<GetMe, PrivateUserView>
    {
        public async ValueTask<PrivateUserView> Handle(GetMe query, CancellationToken ct) =>
            PrivateUserView.From(await UserById.FindAsync(db, query.UserId, ct) ?? throw UserErrors.NotFound());
    }
}
