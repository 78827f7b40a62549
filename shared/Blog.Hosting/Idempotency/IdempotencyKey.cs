using Blog.Domain.Errors;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Idempotency;

/// <summary>The <c>Idempotency-Key</c> request header: 1–255 visible ASCII characters, remembered 24 hours.</summary>
public static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 255;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public const string Malformed = "The Idempotency-Key header is malformed.";
    public const string FieldMessage = "Must be 1 to 255 visible ASCII characters, given once.";
    public const string Reused = "This Idempotency-Key was used with another request.";
    public const string ReusedFieldMessage = "Was used with another method, path or body.";

    /// <summary>The request's key, null when it sent none; a malformed one (or two of them) is 400.</summary>
    public static string? Read(HttpRequest request)
    {
        var values = request.Headers[Header];
        if (values.Count == 0) return null;
        if (values is [{ Length: >= 1 and <= MaxLength } key] && key.All(c => c is >= '!' and <= '~')) return key;
        throw new BadRequestError(Malformed, new Dictionary<string, string[]> { ["idempotency_key"] = [FieldMessage] });
    }
}
