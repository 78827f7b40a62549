using System.Globalization;

namespace Blog.ContractTests.Support;

/// <summary>The contract's rate-limit answers: the RateLimit-* headers and the 429 problem.</summary>
public static class RateLimitAssert
{
    public static int Header(HttpResponseMessage response, string name)
    {
        Assert.True(response.Headers.TryGetValues(name, out var values), $"{(int)response.StatusCode} has no {name} header.");
        return int.Parse(Assert.Single(values), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>RateLimit-Limit and -Remaining as given, and a RateLimit-Reset within the window.</summary>
    public static void Headers(HttpResponseMessage response, int limit, int remaining, int windowSeconds)
    {
        Assert.Equal(limit, Header(response, "RateLimit-Limit"));
        Assert.Equal(remaining, Header(response, "RateLimit-Remaining"));
        Assert.InRange(Header(response, "RateLimit-Reset"), 1, windowSeconds);
    }

    public static void NoHeaders(HttpResponseMessage response) =>
        Assert.False(response.Headers.Contains("RateLimit-Limit"), $"{(int)response.StatusCode} of an unlimited request has RateLimit-Limit.");

    /// <summary>A 429 problem of a spent window of <paramref name="limit"/> permits: Retry-After, the detail and the headers agree.</summary>
    public static async Task RefusedAsync(HttpResponseMessage response, int limit, int windowSeconds)
    {
        var problem = await response.ExpectProblemAsync(HttpStatusCode.TooManyRequests);
        var retryAfter = Header(response, "Retry-After");
        Assert.InRange(retryAfter, 1, windowSeconds);
        Assert.Equal($"Too many requests: try again in {retryAfter} seconds.", problem.Str("detail"));
        Headers(response, limit, 0, windowSeconds);
        Assert.Equal(retryAfter, Header(response, "RateLimit-Reset"));
    }
}
