using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.Hosting.Caching;

/// <summary>
/// The endpoint filter of the minimal-API writes (minimal-api's route groups, carter's routes) that can change a cached
/// answer: <see cref="BlogCache.BeforeWriteAsync"/> and <see cref="BlogCache.AfterWriteAsync"/> around the handler,
/// for unsafe methods only, so that it can sit on a group that also reads.
/// </summary>
public sealed class CacheGenerationFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method) || HttpMethods.IsOptions(http.Request.Method))
            return await next(context);
        var cache = http.RequestServices.GetRequiredService<BlogCache>();
        await cache.BeforeWriteAsync(http.RequestAborted);
        try
        {
            return await next(context);
        }
        finally
        {
            // Also after a failure: a write that committed and then failed has changed the data all the same.
            await cache.AfterWriteAsync();
        }
    }
}

public static class CacheGenerationEndpoints
{
    /// <summary>The route's (or group's) writes move the cache's generation.</summary>
    public static TBuilder ChangesCachedAnswers<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new CacheGenerationFilter());
}
