using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Conditional;
using Blog.Hosting.Live;
using CarterModules.Data;
using CarterModules.Requests;
using CarterModules.Responses;
using Mediator;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace CarterModules.Features.Posts;

/// <summary>PATCH /posts/{id}: only the fields sent change, in one transaction that locks the post first.</summary>
public sealed record PatchPost(int Id, int UserId, PostPatchBody Patch, IfMatchCondition? IfMatch) : ICommand<PostResponse>
{
    public sealed class Handler(Db db, TimeProvider clock, IOptions<JsonOptions> json, LiveUpdates live) : ICommandHandler<PatchPost, PostResponse>
    {
        public async ValueTask<PostResponse> Handle(PatchPost command, CancellationToken cancellationToken)
        {
            var patch = command.Patch;
            PostStatus? before = null;
            var saved = await db.TransactionAsync(async () =>
            {
                var post = await Data.Posts.EditableAsync(db, command.Id, command.UserId, cancellationToken);
                before = post.PostStatus;
                await PostPrecondition.RequireAsync(db, command.Id, command.IfMatch, json.Value.SerializerOptions, cancellationToken);
                // The validator refused explicit nulls, so a null here means "not sent": keep what the post has.
                var change = new Data.Posts.Change(
                    patch.Title.Or(post.Title)!,
                    patch.Content.Value,
                    PostStatuses.ParseOr(patch.Status.Value, post.PostStatus),
                    patch.Tags.Value is { } tags ? TagNames.Normalize(tags) : null);
                await Data.Posts.UpdateAsync(db, post, change, Timestamps.Now(clock), cancellationToken);
                return await Data.Posts.FindAsync(db, command.Id, cancellationToken);
            }, cancellationToken);
            await live.PostSavedAsync(before, saved.Status, saved);
            return saved;
        }
    }
}
