using Blog.Hosting.Wire;
using CarterModules.Data;
using Mediator;

namespace CarterModules.Features.Tags;

/// <summary>GET /tags: the tags of published posts, most used first, then by name (ordinal).</summary>
public sealed record ListTags : IQuery<List<TagCountView>>
{
    public sealed class Handler(Db db) : IQueryHandler<ListTags, List<TagCountView>>
    {
        public async ValueTask<List<TagCountView>> Handle(ListTags query, CancellationToken ct) =>
            (await db.QueryAsync<Row>(
                $"""
                SELECT t.name, COUNT(*) AS post_count
                FROM post_tags t JOIN posts p ON p.id = t.post_id
                WHERE p.status = 'published'
                GROUP BY t.name
                ORDER BY post_count DESC, {db.Dialect.Ordinal("t.name")}
                """, null, ct)).Select(r => new TagCountView(r.Name, r.PostCount)).ToList();
    }

    public sealed class Row
    {
        public string Name { get; init; } = "";
        public int PostCount { get; init; }
    }
}
