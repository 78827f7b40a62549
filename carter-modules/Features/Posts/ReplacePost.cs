using System.Text.Json.Serialization;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Wire;
using CarterModules.Behaviours;
using CarterModules.Data;
using FluentValidation;
using Mediator;

namespace CarterModules.Features.Posts;

/// <summary>PUT /posts/{id}: full replacement; an omitted status becomes draft and omitted tags none.</summary>
public sealed record ReplacePost : ICommand<PostView>, ITransactional, IPostFields
{
    [JsonIgnore] public int Id { get; init; }
    [JsonIgnore] public int UserId { get; init; }
    public string? Title { get; init; }
    public string? Content { get; init; }
    public string? Status { get; init; }
    public List<string>? Tags { get; init; }

    public sealed class Validator : AbstractValidator<ReplacePost>
    {
        public Validator() => Include(new PostFieldsValidator());
    }

    public sealed class Handler(Db db, TimeProvider clock) : ICommandHandler<ReplacePost, PostView>
    {
        public async ValueTask<PostView> Handle(ReplacePost command, CancellationToken ct)
        {
            var post = await PostWrites.EditableAsync(db, command.Id, command.UserId, ct);
            var update = new PostUpdate(command.Title!, command.Content!,
                PostStatuses.ParseOr(command.Status, PostStatus.Draft), TagNames.Normalize(command.Tags));
            await update.ApplyAsync(db, post, Timestamps.Now(clock), ct);
            return await PostRows.ViewAsync(db, command.Id, ct);
        }
    }
}
