using System.Security.Cryptography;
using System.Text;
using Blog.Hosting.Auth;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Idempotency;

/// <summary>
/// A create sent with an <c>Idempotency-Key</c>: whose key it is, and the SHA-256 of what it asks (method, path and
/// body bytes), which a retry must repeat exactly.
/// </summary>
public sealed record IdempotentRequest(int UserId, string Key, string Hash)
{
    /// <summary>The request's key and hash, or null when it sent no key. Its body must be buffered (see <see cref="IdempotencyBuffering"/>).</summary>
    public static async Task<IdempotentRequest?> ReadAsync(HttpContext context)
    {
        if (IdempotencyKey.Read(context.Request) is not { } key) return null;
        var request = context.Request;
        request.Body.Position = 0;
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, context.RequestAborted);
        var path = request.Path.Value is { Length: > 1 } value ? value.TrimEnd('/') : request.Path.Value ?? "/";
        var head = Encoding.UTF8.GetBytes($"{request.Method}\n{path}\n");
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(head);
        sha.AppendData(body.GetBuffer(), 0, (int)body.Length);
        return new IdempotentRequest(context.User.Id(), key, Convert.ToHexStringLower(sha.GetHashAndReset()));
    }
}
