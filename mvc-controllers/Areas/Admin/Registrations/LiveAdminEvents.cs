using Blog.Domain.Posts;
using Blog.Hosting.Live;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Api.Serializers;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.Registrations;

/// <summary>
/// The hub's events of the admin's writes (≈ <c>post_save</c> / <c>post_delete</c> receivers that send to Channels'
/// groups): queued by the registrations, sent when the admin's answer (its redirect) starts, after its commit.
/// </summary>
public static class LiveAdminEvents
{
    public static async Task CommentsDeletedAsync(AdminRequest request, IEnumerable<(int Id, int PostId)> comments)
    {
        var live = request.Services.GetRequiredService<LiveUpdates>();
        foreach (var (id, postId) in comments) await live.CommentDeletedAsync(postId, id);
    }

    /// <summary>The post as the API shows it, announced when it became published (<paramref name="before"/> null: added).</summary>
    public static async Task PostSavedAsync(AdminRequest request, int postId, PostStatus? before, PostStatus after)
    {
        if (after != PostStatus.Published || before == PostStatus.Published) return;
        // A post deleted meanwhile (the publish action's rows) is not announced.
        if (await request.Db.Posts.AsNoTracking().Where(p => p.Id == postId).Select(PostSerializer.Representation)
                .SingleOrDefaultAsync(request.CancellationToken) is not { } post)
            return;
        await request.Services.GetRequiredService<LiveUpdates>().PostSavedAsync(before, post.Status, post);
    }
}
