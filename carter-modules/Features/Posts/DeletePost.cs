using Blog.Domain.Posts;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Posts;

/// <summary>DELETE /posts/{id}: author only; its tags and comments go with it (ON DELETE CASCADE).</summary>
public sealed record DeletePost(int Id, int UserId) : ICommand
{
    public sealed class Handler(Db db) : ICommandHandler<DeletePost>
    {
        public async ValueTask<Unit> Handle(DeletePost command, CancellationToken ct)
        {
            await PostWrites.EditableAsync(db, command.Id, command.UserId, ct);
            var deleted = await db.ExecuteAsync("DELETE FROM posts WHERE id = @Id", command, ct);
            return deleted == 1 ? Unit.Value : throw PostErrors.NotFound();
        }
    }
}
