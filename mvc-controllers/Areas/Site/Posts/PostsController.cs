using Blog.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MvcControllers.Models;

namespace MvcControllers.Areas.Site.Posts;

/// <summary>The post pages, Django template views: `/` lists published posts, `/posts/{slug}` shows one.</summary>
public sealed class PostsController(BlogDbContext db) : SiteController
{
    public const int PerPage = 10;

    [HttpGet("/", Name = SiteRoutes.Home)]
    public async Task<IActionResult> Index(int? page, CancellationToken cancellationToken)
    {
        var published = db.Posts.AsNoTracking().Published();
        var pager = Pager.Of(page, await published.CountAsync(cancellationToken), PerPage);
        var posts = await published.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id)
            .Skip(pager.Skip).Take(PerPage)
            .Select(PostSummary.From)
            .ToListAsync(cancellationToken);
        return View(new PostList("Latest posts", posts, pager));
    }

    [HttpGet("/posts/{slug:slug}", Name = SiteRoutes.Post)]
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
}
