using Blog.Data;
using Blog.Data.Queries;
using Blog.Data.Sql;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Admin.Auth;
using MvcControllers.Admin.Shared;
using MvcControllers.Models;

namespace MvcControllers.Admin.Posts;

/// <summary>/admin/posts: the change list with its bulk actions, the add/change form and the delete page.</summary>
[Route("admin/posts")]
public sealed class PostAdminController(BlogDbContext db, TimeProvider clock) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> ChangeList(
        string? q, string? status, int? author, int? year, int? month, string? o, int? p, CancellationToken cancellationToken) =>
        AdminView("Posts/ChangeList", await PostChangeList.LoadAsync(
            db, PostFilters.From(q, status, author, year, month, o, p), cancellationToken));

    /// <summary>A bulk action: the first post shows the confirmation page, the confirmed one applies it.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Action(
        string? action, List<int> selected, bool confirmed, string? returnQuery, CancellationToken cancellationToken)
    {
        var back = BackTo("/admin/posts", returnQuery);
        var bulk = PostAdmin.Actions.FirstOrDefault(a => a.Name == action);
        if (bulk is null || selected.Count == 0)
        {
            Flash(bulk is null ? "No action selected." : "Items must be selected in order to perform actions on them. No items have been changed.");
            return LocalRedirect(back);
        }
        var posts = db.Posts.Where(p => selected.Contains(p.Id));
        if (!confirmed)
        {
            var items = await posts.OrderBy(p => p.Id)
                .Select(p => new ConfirmAction.Item(p.Id, p.Title, p.Comments.Count + " comment(s)"))
                .ToListAsync(cancellationToken);
            if (items.Count == 0)
            {
                Flash(NothingFound);
                return LocalRedirect(back);
            }
            var warning = bulk == PostAdmin.Delete
                ? "The selected posts and all of their comments will be deleted."
                : null;
            return AdminView("ConfirmAction", new ConfirmAction(bulk, "posts", "/admin/posts", back["/admin/posts".Length..], items, warning));
        }
        var now = Timestamps.Now(clock);
        var changed = bulk == PostAdmin.Delete
            ? await posts.ExecuteDeleteAsync(cancellationToken)
            : await posts.ExecuteUpdateAsync(set => set
                .SetProperty(p => p.Status, bulk == PostAdmin.Publish ? PostStatus.Published : PostStatus.Archived)
                .SetProperty(p => p.UpdatedAt, now), cancellationToken);
        Flash(changed == 0 ? NothingFound : $"Successfully {bulk.PastTense} {changed} post{(changed == 1 ? "" : "s")}.");
        return LocalRedirect(back);
    }

    [HttpGet("add")]
    public IActionResult Add() => AdminView("Posts/Form", new PostFormPage(new PostForm(), null, null, null, []));

    [HttpPost("add")]
    public async Task<IActionResult> Add(PostForm form, string? save, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return AdminView("Posts/Form", new PostFormPage(form, null, null, null, []));
        var now = Timestamps.Now(clock);
        var post = new Post
        {
            Title = form.Title!,
            Content = form.Content!,
            Status = PostStatuses.ParseOr(form.Status, PostStatus.Draft),
            AuthorId = User.UserId()!.Value,
            CreatedAt = now,
            UpdatedAt = now,
        };
        post.SetTags(TagNames.Normalize(form.TagList()));
        db.Posts.Add(post);
        await db.SaveWithFreeSlugAsync(post, cancellationToken);
        Flash($"The post “{post.Title}” was added successfully.");
        return AfterSave(post.Id, save);
    }

    [HttpGet("{id:int}/change")]
    public async Task<IActionResult> Change(int id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Tags).Include(p => p.Author)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return post is null ? Missing() : AdminView("Posts/Form", await PageAsync(PostForm.From(post), post, cancellationToken));
    }

    [HttpPost("{id:int}/change")]
    [Atomic]
    public async Task<IActionResult> Change(int id, PostForm form, string? save, CancellationToken cancellationToken)
    {
        await db.LockPostAsync(id, cancellationToken);
        var post = await db.Posts.Include(p => p.Tags).Include(p => p.Author).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (post is null) return Missing();
        if (!ModelState.IsValid) return AdminView("Posts/Form", await PageAsync(form, post, cancellationToken));

        var slugChanges = post.Edit(form.Title!, form.Content!, PostStatuses.ParseOr(form.Status, post.Status),
            TagNames.Normalize(form.TagList()), Timestamps.Now(clock));
        // Ticked inline comments go in the same SaveChanges, so the post and its comments change together.
        if (form.DeleteComments.Count > 0)
            db.Comments.RemoveRange(await db.Comments
                .Where(c => c.PostId == id && form.DeleteComments.Contains(c.Id)).ToListAsync(cancellationToken));
        try
        {
            await db.SaveEditAsync(post, slugChanges, cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || ForeignKeyViolation.Is(exception))
        {
            // The post, or a ticked comment, was deleted by someone else after it was read: nothing was saved.
            if (!await db.Posts.AnyAsync(p => p.Id == id, cancellationToken)) return Missing();
            Flash("A comment ticked for deletion had already been deleted meanwhile. Nothing was saved; please check and save again.");
            return LocalRedirect($"/admin/posts/{id}/change");
        }
        Flash($"The post “{post.Title}” was changed successfully.");
        return AfterSave(id, save);
    }

    [HttpGet("{id:int}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var post = await db.Posts.AsNoTracking().Include(p => p.Author).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        return post is null ? Missing() : AdminView("Posts/Delete", new PostDeletePage(post.Id, post.Title, post.Author.Username, await CommentsAsync(id, cancellationToken)));
    }

    [HttpPost("{id:int}/delete")]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var title = await db.Posts.Where(p => p.Id == id).Select(p => p.Title).SingleOrDefaultAsync(cancellationToken);
        if (title is null) return Missing();
        await db.Posts.Where(p => p.Id == id).ExecuteDeleteAsync(cancellationToken);
        Flash($"The post “{title}” was deleted successfully.");
        return LocalRedirect("/admin/posts");
    }

    private async Task<PostFormPage> PageAsync(PostForm form, Post post, CancellationToken cancellationToken) =>
        new(form, post.Id, post.Slug, post.Author.Username, await CommentsAsync(post.Id, cancellationToken));

    private Task<List<PostComment>> CommentsAsync(int postId, CancellationToken cancellationToken) =>
        db.Comments.AsNoTracking().Where(c => c.PostId == postId).OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
            .Select(c => new PostComment(c.Id, c.Author.Username, c.Content, c.CreatedAt))
            .ToListAsync(cancellationToken);

    /// <summary>Django's three save buttons: "Save" goes back to the list, the others stay on a form.</summary>
    private LocalRedirectResult AfterSave(int id, string? save) => save switch
    {
        "continue" => LocalRedirect($"/admin/posts/{id}/change"),
        "another" => LocalRedirect("/admin/posts/add"),
        _ => LocalRedirect("/admin/posts"),
    };

    private ViewResult Missing() => AdminNotFound("post");
}
