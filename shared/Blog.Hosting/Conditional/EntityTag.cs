using System.Security.Cryptography;
using System.Text.Json;

namespace Blog.Hosting.Conditional;

/// <summary>
/// The contract's strong ETag: <c>"</c> + the first 32 lower-case hex digits of the SHA-256 of the body's bytes +
/// <c>"</c>. The three hosts write one JSON text for one representation, so they agree on it byte for byte. A
/// compressed body's tag carries its encoding before the closing quote (<c>"…-br"</c>).
/// </summary>
public static class EntityTag
{
    private const int HexDigits = 32;

    public static string Of(ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(body, hash);
        return $"\"{Convert.ToHexStringLower(hash)[..HexDigits]}\"";
    }

    /// <summary>The tag of the JSON text <paramref name="value"/> is written as with these options.</summary>
    public static string OfJson<T>(T value, JsonSerializerOptions options) => Of(JsonSerializer.SerializeToUtf8Bytes(value, options));

    /// <summary>The tag of the body compressed with <paramref name="encoding"/> (<c>br</c>, <c>gzip</c>).</summary>
    public static string Encoded(string tag, string encoding) => $"{tag[..^1]}-{encoding}\"";

    /// <summary>
    /// The tag as it names the representation, whatever its encoding: without <c>W/</c> and without an encoding suffix.
    /// </summary>
    public static string Representation(string tag)
    {
        var opaque = tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag;
        foreach (var encoding in JsonCompressionEncodings)
        {
            var suffix = $"-{encoding}\"";
            if (opaque.EndsWith(suffix, StringComparison.Ordinal)) return $"{opaque[..^suffix.Length]}\"";
        }
        return opaque;
    }

    private static readonly string[] JsonCompressionEncodings = ["br", "gzip"];
}
