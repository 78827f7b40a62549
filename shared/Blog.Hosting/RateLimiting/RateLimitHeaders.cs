using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.RateLimiting;

/// <summary>
/// The limits that counted a request, kept on it; when its answer starts, the one with the fewest permits left (the
/// refusing one first) becomes `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset`
/// (draft-ietf-httpapi-ratelimit-headers), and a 429 gets `Retry-After`. On starting, so that an error path that
/// clears the response's headers does not lose them.
/// </summary>
public sealed class RateLimitHeaders
{
    private readonly Dictionary<string, RateLimitOutcome> outcomes = new(StringComparer.Ordinal);

    public static void Record(HttpContext context, RateLimitOutcome outcome)
    {
        var headers = context.Features.Get<RateLimitHeaders>();
        if (headers is null)
        {
            headers = new RateLimitHeaders();
            context.Features.Set(headers);
            context.Response.OnStarting(() =>
            {
                headers.Write(context.Response);
                return Task.CompletedTask;
            });
        }
        lock (headers.outcomes) headers.outcomes[outcome.Rule.Name] = outcome;
    }

    /// <summary>The outcome the headers show, once a limit counted the request.</summary>
    public static RateLimitOutcome? Deciding(HttpContext context) => context.Features.Get<RateLimitHeaders>()?.Deciding();

    private RateLimitOutcome? Deciding()
    {
        lock (outcomes)
            return outcomes.Count == 0 ? null : outcomes.Values
                .OrderByDescending(o => o.Refused).ThenBy(o => o.Remaining).ThenByDescending(o => o.ResetSeconds).First();
    }

    private void Write(HttpResponse response)
    {
        if (Deciding() is not { } shown) return;
        var headers = response.Headers;
        headers["RateLimit-Limit"] = shown.Rule.PermitLimit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = shown.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = shown.ResetSeconds.ToString(CultureInfo.InvariantCulture);
        if (response.StatusCode == StatusCodes.Status429TooManyRequests && shown.Refused)
            headers.RetryAfter = shown.ResetSeconds.ToString(CultureInfo.InvariantCulture);
    }
}
