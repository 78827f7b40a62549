using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Pipeline;

public static class Utf8Json
{
    /// <summary>
    /// JSON on the wire is UTF-8 (RFC 8259). A JSON body declaring any other charset is 415 before anything reads it:
    /// the framework readers would otherwise fail on an unknown charset with a server error.
    /// </summary>
    public static IApplicationBuilder UseUtf8JsonOnly(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type)
                && type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
                && type.Charset.HasValue
                && !type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase))
            {
                await context.WriteProblemAsync(BlogProblems.Problem(
                    StatusCodes.Status415UnsupportedMediaType, "JSON must be sent as UTF-8 (charset=utf-8 or none).", null));
                return;
            }
            await next(context);
        });
}
