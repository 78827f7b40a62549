using Blog.Data;
using Blog.Domain.Posts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Admin;
using MvcControllers.Admin.Shared;

namespace MvcControllers.Site;

/// <summary>The public pages, Django template views: `/` lists published posts, `/posts/{slug}` shows one.</summary>
[SecurityHeaders]
public sealed class SiteController(BlogDbContext db) : Controller
{
    public const int PerPage = 10;
    private const int ExcerptLength = 280;

    [HttpGet("/")]
    public async Task<IActionResult> Index(int? page, CancellationToken cancellationToken)
    {
        var published = db.Posts.AsNoTracking().Where(p => p.Status == PostStatus.Published);
        var pagination = Pagination.Of(page ?? 1, await published.CountAsync(cancellationToken), PerPage);
        var posts = await published.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip(pagination.Skip).Take(PerPage)
            .Select(p => new PostSummary(
                p.Title, p.Slug, p.Author.Username, p.CreatedAt,
#pragma warning disable CA1845 // EF Core translates Substring to SQL; a span cannot be translated
                p.Content.Length > ExcerptLength ? p.Content.Substring(0, ExcerptLength) + "…" : p.Content,
#pragma warning restore CA1845
                p.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                p.Comments.Count))
            .ToListAsync(cancellationToken);
        return View("~/Views/Site/Index.cshtml", new HomePage(posts, pagination));
    }

    [HttpGet("/posts/{slug:slug}")]
    public async Task<IActionResult> Post(string slug, CancellationToken cancellationToken)
    {
        // Split: the tags and the comments are two collections, which one joined statement would multiply together.
        var post = await db.Posts.AsNoTracking().AsSplitQuery()
            .Where(p => p.Slug == slug && p.Status == PostStatus.Published)
            .Select(p => new PostPage(
                p.Title, p.Author.Username, p.CreatedAt, p.Content,
                p.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(),
                p.Comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id)
                    .Select(c => new PostPage.CommentLine(c.Author.Username, c.Content, c.CreatedAt)).ToList()))
            .SingleOrDefaultAsync(cancellationToken);
        if (post is not null) return View("~/Views/Site/Post.cshtml", post);
        var notFound = View("~/Views/Site/NotFound.cshtml");
        notFound.StatusCode = StatusCodes.Status404NotFound;
        return notFound;
    }
}
