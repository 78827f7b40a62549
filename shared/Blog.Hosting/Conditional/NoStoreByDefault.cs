using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Blog.Hosting.Conditional;

public static class NoStoreByDefault
{
    /// <summary>
    /// Every answer that has not said how it may be cached (the tagged GETs have) is <c>Cache-Control: no-store</c>:
    /// writes, errors, tokens, keys, health, metrics. <paramref name="exempt"/> names requests the API does not answer
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
        if (!response.Headers.ContainsKey(HeaderNames.CacheControl)) response.Headers.CacheControl = CacheControlValues.NoStore;
        return Task.CompletedTask;
    }
}
