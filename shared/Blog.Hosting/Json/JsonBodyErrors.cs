using System.Text;
using System.Text.Json;
using Blog.Domain.Errors;

namespace Blog.Hosting.Json;

/// <summary>
/// Sorts a body that failed to deserialise: broken JSON, or a body of the wrong JSON type, is the request's fault (400);
/// a field of the wrong JSON type is a field's fault (422, keyed by that field).
/// </summary>
public static class JsonBodyErrors
{
    public static DomainError From(JsonException exception)
    {
        if (IsMalformed(exception)) return new BadRequestError("The request body is not valid JSON.");
        var field = FieldOf(exception.Path);
        if (field is null) return NotAnObject();
        return new ValidationError(new Dictionary<string, string[]> { [field] = ["Has the wrong JSON type."] });
    }

    /// <summary>Broken syntax (the reader's own exception inside) or text that is not valid UTF-8.</summary>
    private static bool IsMalformed(JsonException exception) =>
        exception.InnerException is JsonException
        || exception.InnerException is InvalidOperationException { InnerException: DecoderFallbackException or ArgumentException };

    /// <summary>A missing, empty or null body, or a JSON value that is not an object.</summary>
    public static BadRequestError NotAnObject() => new("The request body must be a JSON object.");

    /// <summary>"$.tags[2]" → "tags"; "$" → null.</summary>
    private static string? FieldOf(string? path)
    {
        if (path is null || !path.StartsWith("$.", StringComparison.Ordinal)) return null;
        var name = path[2..];
        var end = name.IndexOfAny(['.', '[']);
        return end < 0 ? name : name[..end];
    }
}
