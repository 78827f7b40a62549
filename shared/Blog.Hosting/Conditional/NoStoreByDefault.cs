using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Conditional;

public static class NoStoreByDefault
{
    /// <summary>
    /// Every answer but a tagged GET's (which says how it may be cached) is <c>Cache-Control: no-store</c>: writes,
    /// errors, tokens, keys, health, metrics — also where the framework said otherwise (its exception handler's
    /// <c>no-cache,no-store</c> with Pragma and Expires), so that every host sends one header. <paramref name="exempt"/>
    /// names answers the API does not give (mvc's HTML pages): asked when the answer starts, so that it can look at the
    /// endpoint that answered rather than at what the request asked for.
    /// </summary>
    public static IApplicationBuilder UseNoStoreByDefault(this IApplicationBuilder app, Func<HttpContext, bool>? exempt = null) =>
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() => exempt?.Invoke(context) == true ? Task.CompletedTask : NoStore(context.Response));
            return next(context);
        });

    private static Task NoStore(HttpResponse response)
    {
        var headers = response.Headers;
        if (headers.CacheControl.ToString() is CacheControlValues.Revalidate or CacheControlValues.PrivateRevalidate) return Task.CompletedTask;
        headers.CacheControl = CacheControlValues.NoStore;
        headers.Remove(HeaderNames.Pragma);
        headers.Remove(HeaderNames.Expires);
        return Task.CompletedTask;
    }
}
