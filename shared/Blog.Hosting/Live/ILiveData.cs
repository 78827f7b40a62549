namespace Blog.Hosting.Live;

/// <summary>
/// What the hub needs to know of the blog's data, supplied by each host in its own data idiom (EF Core LINQ or
/// Dapper SQL): the rules that use it (who may join, who receives an event) live in this folder.
/// </summary>
public interface ILiveData
{
    /// <summary>The post's status and author, or null when there is no such post.</summary>
    Task<LivePost?> PostAsync(int postId, CancellationToken cancellationToken);

    /// <summary>Those of <paramref name="userIds"/> that are deactivated or gone.</summary>
    Task<IReadOnlyList<int>> InactiveAmongAsync(IReadOnlyCollection<int> userIds, CancellationToken cancellationToken);
}
