using Blog.Hosting.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Conditional;

/// <summary>
/// Sends an answer with its ETag, hashed from the very bytes the host's serializer wrote (captured once, never
/// serialized again). A JSON 200 or 201 is tagged; a GET's 200 also gets its Cache-Control and Vary, and becomes a
/// 304 without a body when the request's If-None-Match names it. Every other answer passes through untouched.
/// </summary>
public static class EntityTaggedResponse
{
    private const string VaryAlways = "Authorization, " + Versioning.BlogVersions.Name;

    /// <summary>Runs <paramref name="write"/>, which writes the answer, into a buffer; then sends it.</summary>
    public static async Task WriteAsync(HttpContext context, Func<Task> write)
    {
        var body = await BufferedAnswer.CaptureAsync(context, write);
        var response = context.Response;
        if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status201Created) || !IsJson(response.ContentType))
        {
            if (body.Length > 0) await response.Body.WriteAsync(body, context.RequestAborted);
            return;
        }

        response.ContentLength = body.Length;
        var tag = EntityTag.Of(body);
        var readable = HttpMethods.IsGet(context.Request.Method) && response.StatusCode == StatusCodes.Status200OK;
        if (readable)
        {
            // Who the caller is, not whether it sent a header: an Authorization that is no credential reads as anyone.
            response.Headers.CacheControl = context.User.Identity?.IsAuthenticated == true
                ? CacheControlValues.PrivateRevalidate : CacheControlValues.Revalidate;
            var compressible = JsonCompression.Compressible(context);
            // The api-version header picks the representation too (GET /posts in 2.0 has no total).
            response.Headers.Vary = compressible ? $"{VaryAlways}, {HeaderNames.AcceptEncoding}" : VaryAlways;
            if (compressible && JsonCompression.EncodingFor(context) is { } encoding) tag = EntityTag.Encoded(tag, encoding);
        }
        response.Headers.ETag = tag;

        if (readable && EntityTagLists.AnyMatchesWeakly(context.Request.Headers.IfNoneMatch, tag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.ContentLength = null;
            response.ContentType = null;
            return;
        }
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase);
}
