using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Conditional;

public static class NoStoreByDefault
{
    /// <summary>
    /// Every answer but a tagged GET's (which says how it may be cached) is <c>Cache-Control: no-store</c>: writes,
    /// errors, tokens, keys, health, metrics — also where the framework said otherwise (its exception handler's
    /// <c>no-cache,no-store</c> with Pragma and Expires), so that every host sends one header. <paramref name="exempt"/> names requests the API does not answer
    /// (mvc's HTML pages keep their own headers).
    /// </summary>
    public static IApplicationBuilder UseNoStoreByDefault(this IApplicationBuilder app, Func<HttpContext, bool>? exempt = null) =>
        app.Use((context, next) =>
        {
            if (exempt?.Invoke(context) != true) context.Response.OnStarting(() => NoStore(context.Response));
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
