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

/// <summary>
/// PUT /posts/{id}: full replacement (an omitted status becomes draft and omitted tags none), in one transaction
/// that locks the post first.
/// </summary>
public sealed record ReplacePost(int Id, int UserId, PostBody Post, IfMatchCondition? IfMatch) : ICommand<PostResponse>
{
    public sealed class Handler(Db db, TimeProvider clock, IOptions<JsonOptions> json, LiveUpdates live) : ICommandHandler<ReplacePost, PostResponse>
    {
        public async ValueTask<PostResponse> Handle(ReplacePost command, CancellationToken cancellationToken)
        {
            var body = command.Post;
            PostStatus? before = null;
            var saved = await db.TransactionAsync(async () =>
            {
                var post = await Data.Posts.EditableAsync(db, command.Id, command.UserId, cancellationToken);
                before = post.PostStatus;
                await PostPrecondition.RequireAsync(db, command.Id, command.IfMatch, json.Value.SerializerOptions, cancellationToken);
                var change = new Data.Posts.Change(body.Title!, body.Content!,
                    PostStatuses.ParseOr(body.Status, PostStatus.Draft), TagNames.Normalize(body.Tags));
                await Data.Posts.UpdateAsync(db, post, change, Timestamps.Now(clock), cancellationToken);
                return await Data.Posts.FindAsync(db, command.Id, cancellationToken);
            }, cancellationToken);
            await live.PostSavedAsync(before, saved.Status, saved);
            return saved;
        }
    }
}
