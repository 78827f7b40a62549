using Blog.Domain.Posts;
using Blog.Hosting.Live;

namespace CarterModules.Data;

/// <summary>What the hub asks of the database, in Dapper SQL.</summary>
public sealed class LiveData(Db db) : ILiveData
{
    public async Task<LivePost?> PostAsync(int postId, CancellationToken cancellationToken) =>
        await db.QuerySingleOrDefaultAsync<PostRow>("SELECT status, author_id FROM posts WHERE id = @postId", new { postId }, cancellationToken)
            is { } row
            ? new LivePost(PostStatuses.ParseOr(row.Status, PostStatus.Draft), row.AuthorId)
            : null;

    public async Task<IReadOnlyList<int>> InactiveAmongAsync(IReadOnlyCollection<int> userIds, CancellationToken cancellationToken)
    {
        var active = await db.QueryAsync<int>($"SELECT id FROM users WHERE {db.Dialect.AnyOf("id", "userIds")} AND is_active",
            new { userIds = userIds.ToArray() }, cancellationToken);
        return userIds.Except(active).ToList();
    }

    private sealed class PostRow
    {
        public string Status { get; init; } = "";
        public int AuthorId { get; init; }
    }
}
