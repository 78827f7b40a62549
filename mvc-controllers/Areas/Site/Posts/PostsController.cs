using Blog.Data;
using Blog.Data.Sql;
using Blog.Domain.Comments;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Hosting.Caching;
using Blog.Hosting.Jobs;
using Blog.Hosting.Live;
using Blog.Hosting.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Api.Serializers;
using MvcControllers.Areas.Site.Auth;
using MvcControllers.Caching;
using MvcControllers.Models;

namespace MvcControllers.Areas.Site.Posts;

/// <summary>
/// The post pages, Django template views: `/` lists published posts, `/tags/{name}` those with one tag,
/// `/posts/{slug}` shows one and takes a logged-in reader's comment.
/// </summary>
public sealed class PostsController(BlogDbContext db) : SiteController
{
    public const int PerPage = 10;

    /// <summary>The first page, the one most readers see, is cached (<see cref="BlogCache"/>); the others are not.</summary>
    [HttpGet("/", Name = SiteRoutes.Home), AllowAnonymous]
    public async Task<IActionResult> Index(int? page, [FromServices] BlogCache cache, CancellationToken cancellationToken) =>
        View(page is null or <= 1
            ? await cache.GetOrReadAsync<BlogDbContext, PostList>("home", (home, token) => HomeAsync(home, null, token), cancellationToken)
            : await HomeAsync(db, page, cancellationToken));

    private static async ValueTask<PostList> HomeAsync(BlogDbContext db, int? page, CancellationToken cancellationToken) =>
        await ListAsync("Latest posts", db.Posts.Published(), page, cancellationToken);

    /// <summary>A tag no published post carries is no page (≈ <c>get_list_or_404</c>), as is a name no tag can have.</summary>
    [HttpGet("/tags/{name}", Name = SiteRoutes.Tag), AllowAnonymous]
    public async Task<IActionResult> Tag(string name, int? page, CancellationToken cancellationToken)
    {
        var tag = name.ToLowerInvariant();
        if (!TagNames.IsValid(tag)) return NotFoundPage();
        var list = await ListAsync($"Posts tagged “{tag}”", db.Posts.Published().WithTag(tag), page, cancellationToken);
        return list.Posts.Count == 0 ? NotFoundPage() : View(nameof(Index), list);
    }

    [HttpGet("/posts/{slug:slug}", Name = SiteRoutes.Post), AllowAnonymous]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken) =>
        await PageAsync(slug, cancellationToken) is { } post ? View(post) : NotFoundPage();

    /// <summary>
    /// The comment form, posted to the post's page by a logged-in reader: with errors, the page again showing them;
    /// saved, a redirect to the new comment (post/redirect/get), so that reloading does not post it twice. Counted
    /// with the reader's API writes, in one window per user.
    /// </summary>
    [HttpPost("/posts/{slug:slug}"), EnableRateLimiting(RateLimitPolicies.Writes), ChangesCachedAnswers]
    public async Task<IActionResult> Comment(
        string slug, [Bind(Prefix = nameof(PostPage.Form))] CommentForm form, [FromServices] TimeProvider clock,
        [FromServices] LiveUpdates live, [FromServices] CommentJobs jobs,
        CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
            return await PageAsync(slug, cancellationToken) is { } post ? View(nameof(Detail), post with { Form = form }) : NotFoundPage();
        var postId = await db.Posts.Published().Where(p => p.Slug == slug).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (postId is null) return NotFoundPage();
        var comment = new Comment { PostId = postId.Value, AuthorId = User.ReaderId()!.Value, Content = form.Content!, CreatedAt = Timestamps.Now(clock) };
        db.Comments.Add(comment);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException deletedMeanwhile) when (ForeignKeyViolation.Is(deletedMeanwhile))
        {
            // The post was deleted since it was read: the reader gets the site's 404 page, not the API's JSON one.
            return NotFoundPage();
        }
        jobs.NotifyPostAuthorOnceCommitted(Response, comment.Id);
        // The comment as the API answers it, for the hub's readers of the post (sent when the redirect starts); gone
        // already when the post or the comment was deleted meanwhile, and then there is nothing to show anyone.
        if (await db.Comments.Where(c => c.Id == comment.Id).Select(CommentSerializer.Representation)
                .SingleOrDefaultAsync(CancellationToken.None) is { } created)
            await live.CommentCreatedAsync(postId.Value, created);
        return RedirectToRoute(SiteRoutes.Post, new { slug }, $"comment-{comment.Id}");
    }

    private Task<PostPage?> PageAsync(string slug, CancellationToken cancellationToken) =>
        // Split: the tags and the comments are two collections, which one joined statement would multiply together.
        db.Posts.AsNoTracking().AsSplitQuery().Published()
            .Where(p => p.Slug == slug)
            .Select(p => new PostPage(
                p.Title, p.Slug, p.Author.Username, p.CreatedAt, p.Content,
                p.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                p.Comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                    .Select(c => new PostPage.CommentLine(c.Id, c.Author.Username, c.Content, c.CreatedAt)).ToList()) { Id = p.Id })
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>One page of <paramref name="posts"/>, newest first: a count and the page, two statements whatever its size.</summary>
    private static async Task<PostList> ListAsync(string heading, IQueryable<Post> posts, int? page, CancellationToken cancellationToken)
    {
        posts = posts.AsNoTracking();
        var pager = Pager.Of(page, await posts.CountAsync(cancellationToken), PerPage);
        var summaries = await posts.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip(pager.Skip).Take(PerPage)
            .Select(PostSummary.From)
            .ToListAsync(cancellationToken);
        return new PostList(heading, summaries, pager);
    }
}
