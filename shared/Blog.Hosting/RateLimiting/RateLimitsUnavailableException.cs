namespace Blog.Hosting.RateLimiting;

/// <summary>The counters' store (Redis) did not answer: the request is refused with 503, never let through unlimited.</summary>
public sealed class RateLimitsUnavailableException(Exception inner)
    : Exception("The rate limits' store is unavailable.", inner);
