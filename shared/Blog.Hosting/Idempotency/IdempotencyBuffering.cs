using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Idempotency;

public static class IdempotencyBuffering
{
    /// <summary>
    /// Keeps the body of a keyed request to an idempotent create readable after the endpoint's binding has read it,
    /// so that its exact bytes can be hashed. After routing, so that the endpoint is known.
    /// </summary>
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<IIdempotentCreate>() is not null
                && context.Request.Headers.ContainsKey(IdempotencyKey.Header))
                context.Request.EnableBuffering();
            return next(context);
        });
}
