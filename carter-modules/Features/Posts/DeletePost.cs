using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Posts;

/// <summary>DELETE /posts/{id}: by its author only; 404 for a post the caller cannot see, 403 for one not theirs.</summary>
public sealed record DeletePost(int Id, int UserId) : ICommand
{
    public sealed class Handler(Db db) : ICommandHandler<DeletePost>
    {
        public async ValueTask<Unit> Handle(DeletePost command, CancellationToken cancellationToken)
        {
            await Data.Posts.EditableAsync(db, command.Id, command.UserId, cancellationToken);
            await Data.Posts.DeleteAsync(db, command.Id, cancellationToken);
            return Unit.Value;
        }
    }
}
