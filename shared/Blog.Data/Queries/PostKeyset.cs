using Blog.Domain.Paging;
using Blog.Domain.Posts;

namespace Blog.Data.Queries;

public static class PostKeyset
{
    /// <summary>
    /// Keyset pagination over EF Core: limit + 1 rows after the cursor in the query's order, ties broken by id in the
    /// same direction, so every row is seen once however many share a timestamp and whatever is inserted meanwhile.
    /// </summary>
    public static IQueryable<Post> KeysetPage(this IQueryable<Post> posts, PostListQuery query)
    {
        var sort = query.Sort;
        if (query.After is { } after)
        {
            var id = (int)after.Id;
            var title = after.Key;
            var at = sort.Field == PostSortField.Title ? default : query.AfterTimestamp;
            posts = (sort.Field, sort.Descending) switch
            {
                (PostSortField.Title, false) => posts.Where(p => string.Compare(p.Title, title) > 0 || (p.Title == title && p.Id > id)),
                (PostSortField.Title, true) => posts.Where(p => string.Compare(p.Title, title) < 0 || (p.Title == title && p.Id < id)),
                (PostSortField.CreatedAt, false) => posts.Where(p => p.CreatedAt > at || (p.CreatedAt == at && p.Id > id)),
                (PostSortField.CreatedAt, true) => posts.Where(p => p.CreatedAt < at || (p.CreatedAt == at && p.Id < id)),
                (PostSortField.UpdatedAt, false) => posts.Where(p => p.UpdatedAt > at || (p.UpdatedAt == at && p.Id > id)),
                _ => posts.Where(p => p.UpdatedAt < at || (p.UpdatedAt == at && p.Id < id)),
            };
        }
        var ordered = (sort.Field, sort.Descending) switch
        {
            (PostSortField.Title, false) => posts.OrderBy(p => p.Title).ThenBy(p => p.Id),
            (PostSortField.Title, true) => posts.OrderByDescending(p => p.Title).ThenByDescending(p => p.Id),
            (PostSortField.CreatedAt, false) => posts.OrderBy(p => p.CreatedAt).ThenBy(p => p.Id),
            (PostSortField.CreatedAt, true) => posts.OrderByDescending(p => p.CreatedAt).ThenByDescending(p => p.Id),
            (PostSortField.UpdatedAt, false) => posts.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id),
            _ => posts.OrderByDescending(p => p.UpdatedAt).ThenByDescending(p => p.Id),
        };
        return ordered.Take(query.Limit + 1);
    }
}
