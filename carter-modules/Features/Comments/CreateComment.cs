using System.Text.Json.Serialization;
using Blog.Domain.Rules;
using Blog.Hosting.Wire;
using CarterModules.Data;
using CarterModules.Validation;
using FluentValidation;
using Mediator;

namespace CarterModules.Features.Comments;

/// <summary>POST /posts/{id}/comments: a comment on a post the caller can see.</summary>
public sealed record CreateComment : ICommand<CommentView>
{
    [JsonIgnore] public int PostId { get; init; }
    [JsonIgnore] public int AuthorId { get; init; }
    public string? Content { get; init; }

    public sealed class Validator : AbstractValidator<CreateComment>
    {
        public Validator() => RuleFor(x => x.Content).Satisfies(FieldRules.CommentContent);
    }

    public sealed class Handler(Db db, TimeProvider clock) : ICommandHandler<CreateComment, CommentView>
    {
        public async ValueTask<CommentView> Handle(CreateComment command, CancellationToken ct)
        {
            var post = await CommentRows.EnsurePostVisibleAsync(db, command.PostId, command.AuthorId, CommentRows.WithViewerUsername, ct);
            var now = Timestamps.Now(clock);
            // A post deleted since the check fails the foreign key here, which the shared problems answer with 404.
            var id = await db.ScalarAsync<int>(
                """
                INSERT INTO comments (post_id, author_id, content, created_at)
                VALUES (@PostId, @AuthorId, @Content, @now)
                RETURNING id
                """, new { command.PostId, command.AuthorId, command.Content, now }, ct);
            return new CommentView(id, command.PostId, command.Content!, new AuthorView(command.AuthorId, post.ViewerUsername!), now);
        }
    }
}
