using Blog.Data;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Models;

namespace MvcControllers.Areas.Site.Posts;

/// <summary>
/// The post pages, Django template views: `/` lists published posts, `/tags/{name}` those with one tag,
/// `/posts/{slug}` shows one.
/// </summary>
public sealed class PostsController(BlogDbContext db) : SiteController
{
    public const int PerPage = 10;

    [HttpGet("/", Name = SiteRoutes.Home), AllowAnonymous]
    public async Task<IActionResult> Index(int? page, CancellationToken cancellationToken) =>
        View(await ListAsync("Latest posts", db.Posts.Published(), page, cancellationToken));

    /// <summary>A tag no published post carries is no page (≈ <c>get_list_or_404</c>), as is a name no tag can have.</summary>
    [HttpGet("/tags/{name:tag}", Name = SiteRoutes.Tag), AllowAnonymous]
    public async Task<IActionResult> Tag(string name, int? page, CancellationToken cancellationToken)
    {
        var tag = name.ToLowerInvariant();
        if (!TagNames.IsValid(tag)) return NotFoundPage();
        var list = await ListAsync($"Posts tagged “{tag}”", db.Posts.Published().WithTag(tag), page, cancellationToken);
        return list.Posts.Count == 0 ? NotFoundPage() : View(nameof(Index), list);
    }

    [HttpGet("/posts/{slug:slug}", Name = SiteRoutes.Post), AllowAnonymous]
    public async Task<IActionResult> Detail(string slug, CancellationToken cancellationToken)
    {
        // Split: the tags and the comments are two collections, which one joined statement would multiply together.
        var post = await db.Posts.AsNoTracking().AsSplitQuery().Published()
            .Where(p => p.Slug == slug)
            .Select(p => new PostPage(
                p.Title, p.Author.Username, p.CreatedAt, p.Content,
                p.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                p.Comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                    .Select(c => new PostPage.CommentLine(c.Author.Username, c.Content, c.CreatedAt)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        return post is null ? NotFoundPage() : View(post);
    }

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
