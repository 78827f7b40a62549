using System.Linq.Expressions;
using Blog.Data.Queries;
using Blog.Domain.Comments;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Areas.Admin.Engine;

namespace MvcControllers.Areas.Admin.Registrations;

/// <summary>The posts' admin (≈ <c>class PostAdmin(admin.ModelAdmin)</c>), with the post's comments inline.</summary>
public sealed class PostAdmin : ModelAdmin<Post>
{
    public override Expression<Func<Post, string>> Repr { get; } = p => p.Title;

    public override IReadOnlyList<Column<Post>> ListDisplay { get; } =
    [
        Column(p => p.Title),
        Column(p => p.Author.Username, "Author", "author"),
        Column(p => p.Status),
        Column(p => p.CreatedAt, "Created", "created"),
        Column(p => p.Comments.Count, "Comments", "comments"),
    ];

    public override IReadOnlyList<ListFilter<Post>> ListFilter { get; } =
    [
        Choices(p => p.Status),
        Related(p => p.AuthorId, p => p.Author.Username, "author"),
    ];

    public override IReadOnlyList<Expression<Func<Post, string>>> SearchFields { get; } = [p => p.Title, p => p.Content, p => p.Author.Username];

    public override Expression<Func<Post, DateTime>>? DateHierarchy { get; } = p => p.CreatedAt;

    public override IReadOnlyList<string> Ordering { get; } = ["-created"];

    public override int ListPerPage => 20;

    public override IReadOnlyList<AdminAction<Post>> Actions { get; } =
    [
        Action("publish", "Publish selected posts", "published", (request, posts) => SetStatusAsync(request, posts, PostStatus.Published)),
        Action("archive", "Archive selected posts", "archived", (request, posts) => SetStatusAsync(request, posts, PostStatus.Archived)),
    ];

    public override IReadOnlyList<FormField<Post>> Fields { get; } =
    [
        Text(p => p.Title, FieldRules.Title, maxLength: Limits.TitleMax),
        Display(p => p.Slug, "Slug", help: "Made from the title as you type; a slug already taken gets -2, -3, … on save."),
        Text(p => p.Content, FieldRules.Content, widget: Widget.TextArea),
        Field(p => p.Status, null, null, null, Widget.Select, FieldRules.Status,
            text => PostStatuses.ParseOr(text, PostStatus.Draft), toText: status => status.ToWire(),
            choices: [.. PostStatuses.All.Select(s => (s, Names.Capitalized(s)))]),
        Field(p => p.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(), "tags", "Tags",
            "Comma-separated, e.g. dotnet, ef-core; saved lower-case, duplicates dropped.", Widget.Text,
            text => FieldRules.Tags(SplitTags(text)), SplitTags, (post, tags) => post.SetTags(TagNames.Normalize(tags)),
            toText: tags => string.Join(", ", tags)),
        Display(p => p.Author.Username, "Author", "author"),
        Display(p => p.CreatedAt, "Created", "created"),
    ];

    public override IReadOnlyList<string> ReadonlyFields { get; } = ["slug", "author", "created"];

    public override IReadOnlyDictionary<string, string> PrepopulatedFields { get; } = new Dictionary<string, string> { ["slug"] = "title" };

    public override IReadOnlyList<Inline<Post>> Inlines { get; } =
    [
        new LiveCommentsInline(Tabular<Comment>("comments", "Comments", "comment", c => c.PostId, c => c.Id, c => c.Content,
            Columns.Of((Comment c) => c.Author.Username, "Author", "author"),
            Columns.Of((Comment c) => c.Content, "Comment", "content"),
            Columns.Of((Comment c) => c.CreatedAt, "Created", "created"))),
    ];

    public override Expression<Func<Post, string>>? ViewOnSite { get; } = p => "/posts/" + p.Slug;

    /// <summary>The post's row is locked first (the one lock order of post writes), then the post is read with its tags.</summary>
    public override async Task<Post?> GetObjectForUpdateAsync(AdminRequest request, int id)
    {
        await request.Db.LockPostAsync(id, request.CancellationToken);
        return await request.Db.Posts.Include(p => p.Tags).SingleOrDefaultAsync(p => p.Id == id, request.CancellationToken);
    }

    /// <summary>A new post is the staff user's; a changed title gets a new free slug (-2, -3, … when taken).</summary>
    public override async Task<Post> SaveModelAsync(AdminRequest request, Post post, FormSubmission submission)
    {
        var now = Timestamps.Now(request.Clock);
        post.UpdatedAt = now;
        if (submission.Adding)
        {
            post.AuthorId = request.User.Id;
            post.CreatedAt = now;
            request.Db.Posts.Add(post);
        }
        var slugChanges = submission.Adding || Blog.Domain.Rules.Slug.Changes(submission.Initial.GetValueOrDefault("title") ?? "", post.Title);
        PostStatus? before = submission.Adding ? null : request.Db.Entry(post).Property(p => p.Status).OriginalValue;
        await request.Db.SaveEditAsync(post, slugChanges, request.CancellationToken);
        await LiveAdminEvents.PostSavedAsync(request, post.Id, before, post.Status);
        return post;
    }

    private static List<string> SplitTags(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static async Task<int> SetStatusAsync(AdminRequest request, IQueryable<Post> posts, PostStatus status)
    {
        var now = Timestamps.Now(request.Clock);
        var before = await posts.Select(p => new { p.Id, p.Status }).ToListAsync(request.CancellationToken);
        var changed = await posts.ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, status).SetProperty(p => p.UpdatedAt, now), request.CancellationToken);
        foreach (var post in before) await LiveAdminEvents.PostSavedAsync(request, post.Id, post.Status, status);
        return changed;
    }
}
