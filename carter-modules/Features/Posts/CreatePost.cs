using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Live;
using CarterModules.Data;
using CarterModules.Requests;
using CarterModules.Responses;
using Mediator;

namespace CarterModules.Features.Posts;

/// <summary>POST /posts: a new post under the first free slug for its title, with its tags, in one transaction.</summary>
public sealed record CreatePost(int AuthorId, PostBody Post) : ICommand<PostResponse>
{
    public sealed class Handler(Db db, TimeProvider clock, LiveUpdates live) : ICommandHandler<CreatePost, PostResponse>
    {
        public async ValueTask<PostResponse> Handle(CreatePost command, CancellationToken cancellationToken)
        {
            var post = command.Post;
            var created = await db.TransactionAsync(async () =>
            {
                var id = await Data.Posts.InsertAsync(db, command.AuthorId, post.Title!, post.Content!,
                    PostStatuses.ParseOr(post.Status, PostStatus.Draft), TagNames.Normalize(post.Tags), Timestamps.Now(clock), cancellationToken);
                return await Data.Posts.FindAsync(db, id, cancellationToken);
            }, cancellationToken);
            await live.PostSavedAsync(null, created.Status, created);
            return created;
        }
    }
}
