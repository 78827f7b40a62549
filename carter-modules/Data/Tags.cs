using CarterModules.Responses;

namespace CarterModules.Data;

/// <summary>The tags' SQL.</summary>
public static class Tags
{
    /// <summary>The tags of published posts, most used first, then by name (ordinal).</summary>
    public static async ValueTask<List<TagCountResponse>> CountsAsync(Db db, CancellationToken cancellationToken) =>
        (await db.QueryAsync<Row>(
            $"""
            SELECT t.name, COUNT(*) AS post_count
            FROM post_tags t JOIN posts p ON p.id = t.post_id
            WHERE p.status = 'published'
            GROUP BY t.name
            ORDER BY post_count DESC, {db.Dialect.Ordinal("t.name")}
            """, null, cancellationToken)).Select(r => new TagCountResponse(r.Name, r.PostCount)).ToList();

    private sealed class Row
    {
        public string Name { get; init; } = "";
        public int PostCount { get; init; }
    }
}
