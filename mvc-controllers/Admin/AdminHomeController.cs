using Blog.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MvcControllers.Admin;

/// <summary>/admin: the site index, listing what can be administered (Django's admin index).</summary>
[Route("admin")]
public sealed class AdminHomeController(BlogDbContext db) : AdminController
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        AdminView("Index", new AdminIndex(await db.Posts.CountAsync(cancellationToken), await db.Users.CountAsync(cancellationToken)));
}

public sealed record AdminIndex(int PostCount, int UserCount);
