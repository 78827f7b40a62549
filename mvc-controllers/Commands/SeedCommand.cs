using Blog.Data;
using Blog.Data.Auth;
using Blog.Domain.Comments;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Blog.Data.Queries;

namespace MvcControllers.Commands;

/// <summary>
/// `seed`: demo users, posts (with tags) and comments. What is already there (a user by name, a post by author and
/// title) is kept, so running it twice adds nothing the second time.
/// </summary>
public static class SeedCommand
{
    public const string DemoPassword = "demo-password";

    private static readonly string[] Authors = ["alice", "bob", "carol"];

    private static readonly (string Author, string Title, PostStatus Status, string[] Tags, int DaysAgo)[] Posts =
    [
        ("alice", "Hello, world", PostStatus.Published, ["intro"], 400),
        ("alice", "Minimal APIs in ten minutes", PostStatus.Published, ["dotnet", "minimal-api"], 120),
        ("alice", "Notes on keyset pagination", PostStatus.Draft, ["sql", "paging"], 30),
        ("bob", "Why Django's admin still wins", PostStatus.Published, ["django", "admin"], 200),
        ("bob", "EF Core LINQ, select_related and friends", PostStatus.Published, ["dotnet", "ef-core"], 60),
        ("bob", "An old roadmap", PostStatus.Archived, ["roadmap"], 380),
        ("carol", "Express middleware, explained", PostStatus.Published, ["express", "node"], 90),
        ("carol", "Slugs that never collide", PostStatus.Published, ["sql"], 15),
        ("carol", "Draft: testing with Playwright", PostStatus.Draft, ["testing"], 3),
    ];

    private static readonly string[] Remarks =
    [
        "Great write-up, thanks!",
        "I tried this and it worked first time.",
        "Could you say more about the trade-offs?",
    ];

    public static async Task<int> RunAsync(CommandContext context)
    {
        var db = context.Services.GetRequiredService<BlogDbContext>();
        var hasher = context.Services.GetRequiredService<PasswordHasher>();
        var now = Timestamps.Now(context.Services.GetRequiredService<TimeProvider>());

        var names = Authors.Select(User.Normalize).ToList();
        var users = await db.Users.Where(u => names.Contains(u.NormalizedUsername)).ToDictionaryAsync(u => u.NormalizedUsername);
        var newUsers = 0;
        foreach (var name in Authors.Where(name => !users.ContainsKey(name)))
        {
            var user = User.Create(name, $"{name}@example.com", hasher.Hash(DemoPassword), now.AddDays(-500));
            db.Users.Add(user);
            users[name] = user;
            newUsers++;
        }
        await db.SaveChangesAsync();

        var ids = users.Values.Select(u => u.Id).ToList();
        var existing = (await db.Posts.Where(p => ids.Contains(p.AuthorId)).Select(p => new { p.AuthorId, p.Title }).ToListAsync())
            .Select(p => (p.AuthorId, p.Title)).ToHashSet();
        var newPosts = 0;
        var newComments = 0;
        foreach (var (author, title, status, tags, daysAgo) in Posts)
        {
            var authorId = users[author].Id;
            if (existing.Contains((authorId, title))) continue;
            var created = now.AddDays(-daysAgo);
            var post = new Post
            {
                Title = title,
                Content = $"{title}.\n\nA demo post written by {author} for the seed command. " +
                    "It has a few paragraphs so that the pages have something to show.\n\nThe end.",
                Status = status,
                AuthorId = authorId,
                CreatedAt = created,
                UpdatedAt = created,
            };
            post.SetTags(TagNames.Normalize(tags));
            var commenters = Authors.Where(name => name != author).ToList();
            for (var i = 0; i < newPosts % 3 + 1; i++)
                post.Comments.Add(new Comment
                {
                    AuthorId = users[commenters[i % commenters.Count]].Id,
                    Content = Remarks[i % Remarks.Length],
                    CreatedAt = created.AddHours(i + 1),
                });
            db.Posts.Add(post);
            await db.SaveWithFreeSlugAsync(post, CancellationToken.None);
            newPosts++;
            newComments += post.Comments.Count;
        }
        await context.Output.WriteLineAsync(
            $"Seeded {newUsers} user(s), {newPosts} post(s) and {newComments} comment(s); demo users' password is '{DemoPassword}'.");
        return 0;
    }
}
