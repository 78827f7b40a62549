using Blog.Domain.Users;
using Blog.Hosting.Wire;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Users;

/// <summary>GET /users/{id}: anyone's public profile, without an email.</summary>
public sealed record GetUser(int Id) : IQuery<PublicUserView>
{
    public sealed class Handler(Db db) : IQueryHandler<GetUser, PublicUserView>
    {
        public async ValueTask<PublicUserView> Handle(GetUser query, CancellationToken ct) =>
            PublicUserView.From(await UserById.FindAsync(db, query.Id, ct) ?? throw UserErrors.NotFound());
    }
}
