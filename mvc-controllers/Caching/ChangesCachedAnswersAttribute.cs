using Blog.Hosting.Caching;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MvcControllers.Caching;

/// <summary>
/// Marks the views whose writes can change a cached answer (≈ a Django signal handler that bumps the cache version on
/// <c>post_save</c>/<c>post_delete</c>): <see cref="BlogCache.BeforeWriteAsync"/> before the action, and
/// <see cref="BlogCache.AfterWriteAsync"/> once it has run (a class-level filter, so after the action's
/// <c>[Atomic]</c> commit), before its result is written. On a controller it skips the safe methods.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class ChangesCachedAnswersAttribute : Attribute, IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var method = context.HttpContext.Request.Method;
        if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method))
        {
            await next();
            return;
        }
        var cache = context.HttpContext.RequestServices.GetRequiredService<BlogCache>();
        await cache.BeforeWriteAsync(context.HttpContext.RequestAborted);
        // Also when the action failed: one that committed and then failed has changed the data all the same.
        await next();
        await cache.AfterWriteAsync();
    }
}
