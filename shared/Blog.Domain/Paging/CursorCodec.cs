using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Blog.Domain.Errors;

namespace Blog.Domain.Paging;

/// <summary>
/// Turns a position into an opaque cursor and back. The cursor is signed together with the query's scope
/// (its sort and filters), so a tampered cursor, or one replayed under another sort or filter, is refused.
/// </summary>
public sealed class CursorCodec(byte[] key)
{
    private const int SignatureBytes = 16;

    public string Encode(string scope, CursorPosition position)
    {
        var payload = JsonSerializer.SerializeToUtf8Bytes(position);
        return $"{Base64Url.EncodeToString(payload)}.{Base64Url.EncodeToString(Sign(scope, payload))}";
    }

    public CursorPosition Decode(string scope, string cursor)
    {
        var parts = cursor.Split('.');
        if (parts.Length == 2
            && TryDecode(parts[0], out var payload)
            && TryDecode(parts[1], out var signature)
            && CryptographicOperations.FixedTimeEquals(signature, Sign(scope, payload)))
        {
            var position = JsonSerializer.Deserialize<CursorPosition>(payload);
            if (position is not null) return position;
        }
        throw Invalid();
    }

    public static BadRequestError Invalid() => new(
        "The cursor is invalid, or was made for another sort or filter.",
        new Dictionary<string, string[]> { ["cursor"] = ["Invalid cursor."] });

    private byte[] Sign(string scope, byte[] payload)
    {
        var scoped = Encoding.UTF8.GetBytes(scope).Concat(new byte[] { 0 }).Concat(payload).ToArray();
        return HMACSHA256.HashData(key, scoped)[..SignatureBytes];
    }

    private static bool TryDecode(string text, out byte[] bytes)
    {
        try
        {
            bytes = Base64Url.DecodeFromChars(text);
            return bytes.Length > 0;
        }
        catch (FormatException)
        {
            bytes = [];
            return false;
        }
    }
}
