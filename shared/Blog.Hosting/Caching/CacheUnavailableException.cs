namespace Blog.Hosting.Caching;

/// <summary>The store of the cache's generation (Redis) did not answer.</summary>
public sealed class CacheUnavailableException(Exception inner)
    : Exception("The cache's generation store is unavailable.", inner);
