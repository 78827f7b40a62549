using System.Text.Json.Serialization;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Wire;
using CarterModules.Behaviours;
using CarterModules.Data;
using FluentValidation;
using Mediator;

namespace CarterModules.Features.Posts;

/// <summary>POST /posts: a new post under the first free slug for its title, with its tags.</summary>
public sealed record CreatePost : ICommand<PostView>, ITransactional, IPostFields
{
    [JsonIgnore] public int AuthorId { get; init; }
    public string? Title { get; init; }
    public string? Content { get; init; }
    public string? Status { get; init; }
    public List<string>? Tags { get; init; }

    public sealed class Validator : AbstractValidator<CreatePost>
    {
        public Validator() => Include(new PostFieldsValidator());
    }

    public sealed class Handler(Db db, TimeProvider clock) : ICommandHandler<CreatePost, PostView>
    {
        public async ValueTask<PostView> Handle(CreatePost command, CancellationToken ct)
        {
            var now = Timestamps.Now(clock);
            var id = 0;
            await PostWrites.SaveWithFreeSlugAsync(db, command.Title!, exceptPostId: 0, async slug => id = await db.ScalarAsync<int>(
                """
                INSERT INTO posts (title, slug, content, status, author_id, created_at, updated_at)
                VALUES (@Title, @slug, @Content, @status, @AuthorId, @now, @now)
                RETURNING id
                """,
                new
                {
                    command.Title, slug, command.Content, command.AuthorId, now,
                    status = PostStatuses.ParseOr(command.Status, PostStatus.Draft).ToWire(),
                }, ct), ct);
            await PostWrites.SetTagsAsync(db, id, TagNames.Normalize(command.Tags), ct);
            return await PostRows.ViewAsync(db, id, ct);
        }
    }
}
