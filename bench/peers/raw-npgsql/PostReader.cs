using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace RawNpgsql;

/// <summary>
/// Reads published posts in one statement each: the author joined, the tags and the comment count as correlated
/// subqueries, and on the list the total as a scalar subquery repeated on every row (no rows means no posts).
/// </summary>
internal sealed class PostReader(NpgsqlDataSource database)
{
    private const string Columns = """
        SELECT p.id, p.title, p.slug, p.content, p.status, u.id, u.username,
               ARRAY(SELECT t.name FROM post_tags t WHERE t.post_id = p.id ORDER BY t.name COLLATE "C"),
               (SELECT count(*) FROM comments c WHERE c.post_id = p.id),
               p.created_at, p.updated_at
        """;

    private const string PageSql = Columns + """
        , (SELECT count(*) FROM posts WHERE status = 'published')
        FROM posts p JOIN users u ON u.id = p.author_id
        WHERE p.status = 'published'
        ORDER BY p.created_at DESC, p.id DESC
        LIMIT $1
        """;

    private const string PostSql = Columns + """

        FROM posts p JOIN users u ON u.id = p.author_id
        WHERE p.id = $1 AND p.status = 'published'
        """;

    private const int TotalColumn = 11;

    public async Task WritePageAsync(int limit, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(PageSql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit + 1 });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter);
        json.WriteStartObject();
        json.WriteStartArray("items");
        var total = 0L;
        var count = 0;
        string? cursor = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            total = reader.GetInt64(TotalColumn);
            if (++count > limit) break;
            WritePost(json, reader);
            cursor = CursorOf(reader);
        }
        json.WriteEndArray();
        var hasMore = count > limit;
        if (hasMore) json.WriteString("next_cursor", cursor);
        else json.WriteNull("next_cursor");
        json.WriteBoolean("has_more", hasMore);
        json.WriteNumber("total", total);
        json.WriteEndObject();
    }

    public async Task WritePostAsync(int id, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(PostSql);
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = id });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            await Answers.NotFoundAsync(response);
            return;
        }
        response.ContentType = "application/json; charset=utf-8";
        await using var json = new Utf8JsonWriter(response.BodyWriter);
        WritePost(json, reader);
    }

    private static void WritePost(Utf8JsonWriter json, NpgsqlDataReader reader)
    {
        json.WriteStartObject();
        json.WriteNumber("id", reader.GetInt32(0));
        json.WriteString("title", reader.GetString(1));
        json.WriteString("slug", reader.GetString(2));
        json.WriteString("content", reader.GetString(3));
        json.WriteString("status", reader.GetString(4));
        json.WriteStartArray("tags");
        foreach (var tag in reader.GetFieldValue<string[]>(7)) json.WriteStringValue(tag);
        json.WriteEndArray();
        json.WriteStartObject("author");
        json.WriteNumber("id", reader.GetInt32(5));
        json.WriteString("username", reader.GetString(6));
        json.WriteEndObject();
        json.WriteNumber("comment_count", reader.GetInt64(8));
        WriteTimestamp(json, "created_at", reader.GetFieldValue<DateTime>(9));
        WriteTimestamp(json, "updated_at", reader.GetFieldValue<DateTime>(10));
        json.WriteEndObject();
    }

    /// <summary>The contract's timestamp: UTC, exactly six fractional digits and Z.</summary>
    private static void WriteTimestamp(Utf8JsonWriter json, string name, DateTime value)
    {
        Span<char> text = stackalloc char[27];
        value.TryFormat(text, out var written, "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        json.WriteString(name, text[..written]);
    }

    /// <summary>An opaque, unsigned position (the hosts sign theirs): the baseline reads no cursor back.</summary>
    private static string CursorOf(NpgsqlDataReader reader)
    {
        var position = string.Create(CultureInfo.InvariantCulture,
            $"{reader.GetFieldValue<DateTime>(9).Ticks}:{reader.GetInt32(0)}");
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(position));
    }
}
