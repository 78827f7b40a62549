using System.Linq.Expressions;
using Blog.Domain.Comments;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.Registrations;

/// <summary>The comments' admin: their own change list, searched in their content; added from the site or the API only.</summary>
public sealed class CommentAdmin : ModelAdmin<Comment>
{
    public override Expression<Func<Comment, string>> Repr { get; } = c => c.Content;

    public override IReadOnlyList<Column<Comment>> ListDisplay { get; } =
    [
        Column(c => c.Content, "Comment", "content", sortable: false),
        Column(c => c.Post.Title, "Post", "post"),
        Column(c => c.Author.Username, "Author", "author"),
        Column(c => c.CreatedAt, "Created", "created"),
    ];

    public override IReadOnlyList<ListFilter<Comment>> ListFilter { get; } = [Related(c => c.AuthorId, c => c.Author.Username, "author")];

    public override IReadOnlyList<Expression<Func<Comment, string>>> SearchFields { get; } = [c => c.Content];

    public override Expression<Func<Comment, DateTime>>? DateHierarchy { get; } = c => c.CreatedAt;

    public override IReadOnlyList<string> Ordering { get; } = ["-created"];

    public override int ListPerPage => 50;

    public override IReadOnlyList<FormField<Comment>> Fields { get; } =
    [
        Display(c => c.Post.Title, "Post", "post"),
        Display(c => c.Author.Username, "Author", "author"),
        Display(c => c.CreatedAt, "Created", "created"),
        Text(c => c.Content, FieldRules.CommentContent, "Comment", widget: Widget.TextArea),
    ];

    public override bool HasAddPermission(AdminUser user) => false;

    /// <summary>Each deleted comment is announced to the hub's readers of its post.</summary>
    public override async Task<int> DeleteQuerysetAsync(AdminRequest request, IQueryable<Comment> rows)
    {
        var comments = await rows.Select(c => new { c.Id, c.PostId }).ToListAsync(request.CancellationToken);
        var deleted = await base.DeleteQuerysetAsync(request, rows);
        await LiveAdminEvents.CommentsDeletedAsync(request, comments.Select(c => (c.Id, c.PostId)));
        return deleted;
    }
}
