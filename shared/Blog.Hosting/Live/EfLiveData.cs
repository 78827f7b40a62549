using Blog.Data;
using Microsoft.EntityFrameworkCore;

namespace Blog.Hosting.Live;

/// <summary>The hub's data through EF Core LINQ, in the scope's <see cref="BlogDbContext"/> (minimal-api, mvc-controllers).</summary>
public sealed class EfLiveData(BlogDbContext db) : ILiveData
{
    public Task<LivePost?> PostAsync(int postId, CancellationToken cancellationToken) =>
        db.Posts.Where(p => p.Id == postId).Select(p => new LivePost(p.Status, p.AuthorId)).SingleOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyList<int>> InactiveAmongAsync(IReadOnlyCollection<int> userIds, CancellationToken cancellationToken)
    {
        var active = await db.Users.Where(u => userIds.Contains(u.Id) && u.IsActive).Select(u => u.Id).ToListAsync(cancellationToken);
        return userIds.Except(active).ToList();
    }
}
