using System.Text.Json.Serialization;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Json;
using Blog.Hosting.Wire;
using CarterModules.Behaviours;
using CarterModules.Data;
using CarterModules.Validation;
using FluentValidation;
using Mediator;

namespace CarterModules.Features.Posts;

/// <summary>PATCH /posts/{id}: only the fields sent change; an explicit null is refused.</summary>
public sealed record PatchPost : ICommand<PostView>, ITransactional
{
    [JsonIgnore] public int Id { get; init; }
    [JsonIgnore] public int UserId { get; init; }
    public Optional<string> Title { get; init; }
    public Optional<string> Content { get; init; }
    public Optional<string> Status { get; init; }
    public Optional<List<string>> Tags { get; init; }

    public sealed class Validator : AbstractValidator<PatchPost>
    {
        public Validator()
        {
            RuleFor(x => x.Title).Satisfies(FieldRules.Title);
            RuleFor(x => x.Content).Satisfies(FieldRules.Content);
            RuleFor(x => x.Status).Satisfies(FieldRules.Status);
            RuleFor(x => x.Tags).Satisfies(FieldRules.Tags);
        }
    }

    public sealed class Handler(Db db, TimeProvider clock) : ICommandHandler<PatchPost, PostView>
    {
        public async ValueTask<PostView> Handle(PatchPost command, CancellationToken ct)
        {
            var post = await PostWrites.EditableAsync(db, command.Id, command.UserId, ct);
            // The validator refused explicit nulls, so a null here means "not sent": keep what the post has.
            var update = new PostUpdate(
                command.Title.Or(post.Title)!,
                command.Content.Value,
                PostStatuses.ParseOr(command.Status.Value, post.PostStatus),
                command.Tags.Value is { } tags ? TagNames.Normalize(tags) : null);
            await update.ApplyAsync(db, post, Timestamps.Now(clock), ct);
            return await PostRows.ViewAsync(db, command.Id, ct);
        }
    }
}
