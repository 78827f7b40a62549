using Blog.Data.Queries;
using Blog.Data.Sql;
using Blog.Domain.Paging;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using CarterModules.Responses;
using Dapper;

namespace CarterModules.Data;

/// <summary>
/// The posts' SQL. Posts are read as the wire shows them in one statement whatever their number: each with its
/// author, its comment count and its tags joined into one string (<see cref="JoinedTags"/>).
/// </summary>
public static class Posts
{
    private static string Select(Db db) =>
        $"""
        SELECT p.id, p.title, p.slug, p.content, p.status, p.author_id, u.username AS author_username,
               (SELECT COUNT(*) FROM comments c WHERE c.post_id = p.id) AS comment_count,
               (SELECT {db.Dialect.Joined("t.name")} FROM post_tags t WHERE t.post_id = p.id) AS tags,
               p.created_at, p.updated_at
        FROM posts p
        JOIN users u ON u.id = p.author_id
        """;

    /// <summary>Only the posts a viewer may see: published ones, and their own.</summary>
    private const string VisibleTo = "(p.status = 'published' OR p.author_id = @viewerId)";

    /// <summary>404 when it does not exist or is someone else's draft or archived post.</summary>
    public static async Task<PostResponse> FindVisibleAsync(Db db, int id, int? viewerId, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>($"{Select(db)} WHERE p.id = @id AND {VisibleTo}", new { id, viewerId }, cancellationToken);
        return row?.ToResponse() ?? throw PostErrors.NotFound();
    }

    /// <summary>One post as its author sees it (after a write): 404 when it does not exist.</summary>
    public static async Task<PostResponse> FindAsync(Db db, int id, CancellationToken cancellationToken)
    {
        var row = await db.QuerySingleOrDefaultAsync<Row>($"{Select(db)} WHERE p.id = @id", new { id }, cancellationToken);
        return row?.ToResponse() ?? throw PostErrors.NotFound();
    }

    /// <summary>
    /// Filters ANDed, keyset pagination in SQL. The total and the page in one round trip whatever the page's size.
    /// </summary>
    public static async Task<Page<PostResponse>> PageAsync(Db db, PostListQuery query, int? viewerId, CursorCodec cursors, CancellationToken cancellationToken)
    {
        var args = Arguments(query, viewerId);
        var (total, rows) = await db.ScalarAndQueryAsync<int, Row>(
            $"SELECT COUNT(*) FROM posts p WHERE {Filters(query)}; {PageSql(db, query, args)}", args, cancellationToken);
        return ToCursorPage(rows, query, cursors).WithTotal(total);
    }

    /// <summary>The page without its total (API 2.0): no count of every match.</summary>
    public static async Task<CursorPage<PostResponse>> CursorPageAsync(Db db, PostListQuery query, int? viewerId, CursorCodec cursors, CancellationToken cancellationToken)
    {
        var args = Arguments(query, viewerId);
        return ToCursorPage(await db.QueryAsync<Row>(PageSql(db, query, args), args, cancellationToken), query, cursors);
    }

    private static string PageSql(Db db, PostListQuery query, DynamicParameters args)
    {
        var (after, order) = Keyset(query, args);
        return $"{Select(db)} WHERE {Filters(query)}{after} ORDER BY {order} LIMIT @take";
    }

    private static CursorPage<PostResponse> ToCursorPage(List<Row> rows, PostListQuery query, CursorCodec cursors) =>
        ListParameters.ToCursorPage(rows.ConvertAll(row => row.ToResponse()), query.Limit,
            post => post.PositionUnder(query.Sort),
            position => cursors.Encode(query.Scope, position));

    private static DynamicParameters Arguments(PostListQuery query, int? viewerId) => new(new
    {
        viewerId,
        status = query.Status.ToWire(),
        authorId = query.AuthorId,
        tag = query.Tag,
        pattern = query.SearchPattern,
        take = query.Limit + 1,
    });

    /// <summary>
    /// The post if the caller may change it: 404 when they cannot see it, 403 when it is not theirs. In a write
    /// transaction the row stays locked until it ends, so a simultaneous DELETE waits for this edit (or, when it came
    /// first, the post is not found).
    /// </summary>
    public static async Task<Editable> EditableAsync(Db db, int id, int userId, CancellationToken cancellationToken)
    {
        var post = await db.QuerySingleOrDefaultAsync<Editable>(
            $"SELECT id, title, status, author_id FROM posts WHERE id = @id{db.Dialect.LockForWrite}", new { id }, cancellationToken);
        if (post is null || !PostPolicy.CanView(post.PostStatus, post.AuthorId, userId)) throw PostErrors.NotFound();
        return PostPolicy.CanEdit(post.AuthorId, userId) ? post : throw PostErrors.NotAuthor();
    }

    /// <summary>A new post under the first free slug for its title, with its tags; its id. Needs a write transaction.</summary>
    public static async Task<int> InsertAsync(
        Db db, int authorId, string title, string content, PostStatus status, IReadOnlyList<string> tags, DateTime now, CancellationToken cancellationToken)
    {
        var id = 0;
        await SaveWithFreeSlugAsync(db, title, exceptPostId: 0, async slug => id = await db.ScalarAsync<int>(
            """
            INSERT INTO posts (title, slug, content, status, author_id, created_at, updated_at)
            VALUES (@title, @slug, @content, @status, @authorId, @now, @now)
            RETURNING id
            """, new { title, slug, content, status = status.ToWire(), authorId, now }, cancellationToken), cancellationToken);
        await SetTagsAsync(db, id, tags, cancellationToken);
        return id;
    }

    /// <summary>
    /// Writes an edit in one statement, plus the tags when they change; the slug is recomputed only when the title's
    /// slug changes. 404 when the post is gone. Needs a write transaction.
    /// </summary>
    public static async Task UpdateAsync(Db db, Editable post, Change change, DateTime now, CancellationToken cancellationToken)
    {
        if (Slug.Changes(post.Title, change.Title))
            await SaveWithFreeSlugAsync(db, change.Title, post.Id, slug => UpdateRowAsync(db, post.Id, change, slug, now, cancellationToken), cancellationToken);
        else
            await UpdateRowAsync(db, post.Id, change, slug: null, now, cancellationToken);
        if (change.Tags is not null) await SetTagsAsync(db, post.Id, change.Tags, cancellationToken);
    }

    /// <summary>Its tags and comments go with it (ON DELETE CASCADE), in the one statement that locks it.</summary>
    public static async Task DeleteAsync(Db db, int id, CancellationToken cancellationToken)
    {
        if (await db.ExecuteAsync("DELETE FROM posts WHERE id = @id", new { id }, cancellationToken) == 0) throw PostErrors.NotFound();
    }

    /// <summary>The new state of an edited post; a null content or tags stays as it is.</summary>
    public sealed record Change(string Title, string? Content, PostStatus Status, IReadOnlyList<string>? Tags);

    public sealed class Editable
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public string Status { get; init; } = "";
        public int AuthorId { get; init; }

        public PostStatus PostStatus => PostStatuses.ParseOr(Status, PostStatus.Draft);
    }

    private static async Task UpdateRowAsync(Db db, int id, Change change, string? slug, DateTime now, CancellationToken cancellationToken)
    {
        var updated = await db.ExecuteAsync(
            """
            UPDATE posts
            SET title = @Title, content = COALESCE(@Content, content), status = @status, updated_at = @now,
                slug = COALESCE(@slug, slug)
            WHERE id = @id
            """, new { id, change.Title, change.Content, status = change.Status.ToWire(), now, slug }, cancellationToken);
        if (updated == 0) throw PostErrors.NotFound();
    }

    /// <summary>
    /// Runs <paramref name="saveWithSlug"/> (one statement) with the first free slug for the title; when a simultaneous
    /// write took that slug first, the unique index refuses it, the attempt is undone and the next free slug is tried.
    /// </summary>
    private static Task SaveWithFreeSlugAsync(Db db, string title, int exceptPostId, Func<string, Task> saveWithSlug, CancellationToken cancellationToken) =>
        FreeSlug.SaveAsync(title,
            baseSlug => db.QueryAsync<string>(
                "SELECT slug FROM posts WHERE id <> @exceptPostId AND (slug = @baseSlug OR slug LIKE @siblings)",
                new { exceptPostId, baseSlug, siblings = Slug.SiblingPattern(baseSlug) }, cancellationToken),
            slug => db.AttemptAsync(() => saveWithSlug(slug), cancellationToken));

    /// <summary>Makes the post's tags exactly these names, in one statement each for removing and adding.</summary>
    private static async Task SetTagsAsync(Db db, int postId, IReadOnlyList<string> names, CancellationToken cancellationToken)
    {
        await db.ExecuteAsync("DELETE FROM post_tags WHERE post_id = @postId", new { postId }, cancellationToken);
        if (names.Count == 0) return;
        var values = string.Join(", ", names.Select((_, i) => $"(@postId, @name{i})"));
        var args = new DynamicParameters(new { postId });
        for (var i = 0; i < names.Count; i++) args.Add($"name{i}", names[i]);
        await db.ExecuteAsync($"INSERT INTO post_tags (post_id, name) VALUES {values}", args, cancellationToken);
    }

    /// <summary>Published posts are everyone's; any other status lists only the caller's own.</summary>
    private static string Filters(PostListQuery query)
    {
        var where = new List<string>
        {
            query.Status == PostStatus.Published ? "p.status = @status" : "p.status = @status AND p.author_id = @viewerId",
        };
        if (query.AuthorId is not null) where.Add("p.author_id = @authorId");
        if (query.Tag is not null) where.Add("EXISTS (SELECT 1 FROM post_tags t WHERE t.post_id = p.id AND t.name = @tag)");
        if (query.SearchPattern is not null)
            where.Add(@"(lower(p.title) LIKE @pattern ESCAPE '\' OR lower(p.content) LIKE @pattern ESCAPE '\')");
        return string.Join(" AND ", where);
    }

    /// <summary>The rows after the cursor in the list's order, ties broken by id in the same direction.</summary>
    private static (string After, string Order) Keyset(PostListQuery query, DynamicParameters args)
    {
        var column = query.Sort.Field switch
        {
            PostSortField.CreatedAt => "p.created_at",
            PostSortField.UpdatedAt => "p.updated_at",
            _ => "p.title",
        };
        var (direction, beyond) = query.Sort.Descending ? ("DESC", "<") : ("ASC", ">");
        var order = $"{column} {direction}, p.id {direction}";
        if (query.After is not { } after) return ("", order);
        object key = query.Sort.Field == PostSortField.Title ? after.Key : query.AfterTimestamp;
        args.Add("afterKey", key);
        args.Add("afterId", (int)after.Id);
        return ($" AND ({column} {beyond} @afterKey OR ({column} = @afterKey AND p.id {beyond} @afterId))", order);
    }

    private sealed class Row
    {
        public int Id { get; init; }
        public string Title { get; init; } = "";
        public string Slug { get; init; } = "";
        public string Content { get; init; } = "";
        public string Status { get; init; } = "";
        public int AuthorId { get; init; }
        public string AuthorUsername { get; init; } = "";
        public int CommentCount { get; init; }
        public string? Tags { get; init; }
        public DateTime CreatedAt { get; init; }
        public DateTime UpdatedAt { get; init; }

        // A database collation may order '-' differently, so the tags are put in ordinal order here.
        public PostResponse ToResponse() => new(
            Id, Title, Slug, Content, PostStatuses.ParseOr(Status, PostStatus.Draft), JoinedTags.Split(Tags).Order(StringComparer.Ordinal).ToList(),
            new AuthorResponse(AuthorId, AuthorUsername), CommentCount, CreatedAt, UpdatedAt);
    }
}
