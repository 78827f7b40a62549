using Blog.Hosting.Conditional;
using CarterModules.Data;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CarterModules.Features.Posts;

/// <summary>
/// DELETE /posts/{id}: by its author only; 404 for a post the caller cannot see, 403 for one not theirs, 412 when its
/// If-Match no longer names it — in one transaction that locks the post first.
/// </summary>
public sealed record DeletePost(int Id, int UserId, IfMatchCondition? IfMatch) : ICommand
{
    public sealed class Handler(Db db, IOptions<JsonOptions> json) : ICommandHandler<DeletePost>
    {
        public async ValueTask<Unit> Handle(DeletePost command, CancellationToken cancellationToken)
        {
            return await db.TransactionAsync(async () =>
            {
                await Data.Posts.EditableAsync(db, command.Id, command.UserId, cancellationToken);
                await PostPrecondition.RequireAsync(db, command.Id, command.IfMatch, json.Value.SerializerOptions, cancellationToken);
                await Data.Posts.DeleteAsync(db, command.Id, cancellationToken);
                return Unit.Value;
            }, cancellationToken);
        }
    }
}
