using Blog.Domain.Rules;
using Blog.Hosting.Problems;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Pipeline;

public static class RequestBodyLimit
{
    /// <summary>
    /// Bodies over 1 MiB are refused with 413: at once when Content-Length says so, and while reading a body
    /// of unannounced length (chunked).
    /// </summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > Limits.RequestBodyBytes)
            {
                await context.WriteProblemAsync(BlogProblems.Problem(
                    StatusCodes.Status413PayloadTooLarge,
                    $"The request body is larger than {Limits.RequestBodyBytes} bytes.", null));
                return;
            }
            if (context.Request.ContentLength is null) context.Request.Body = new LimitedRequestBody(context.Request.Body);
            await next(context);
        });
}
