using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.Registrations;

/// <summary>The post form's comments inline, whose ticked deletions are announced to the hub's readers of the post.</summary>
public sealed class LiveCommentsInline(Inline<Post> comments) : Inline<Post>(comments.Name, comments.Title, comments.VerboseName)
{
    public override Task<InlineView> ViewAsync(AdminRequest request, int parentId) => comments.ViewAsync(request, parentId);

    public override Task<List<string>> NamesAsync(AdminRequest request, int parentId) => comments.NamesAsync(request, parentId);

    public override async Task<IReadOnlyList<string>> DeleteTickedAsync(AdminRequest request, int parentId, IReadOnlyCollection<int> ids)
    {
        var existing = await request.Db.Comments.Where(c => c.PostId == parentId && ids.Contains(c.Id)).Select(c => c.Id)
            .ToListAsync(request.CancellationToken);
        var names = await comments.DeleteTickedAsync(request, parentId, ids);
        await LiveAdminEvents.CommentsDeletedAsync(request, existing.Select(id => (id, parentId)));
        return names;
    }
}
