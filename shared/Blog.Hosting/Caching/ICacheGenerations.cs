namespace Blog.Hosting.Caching;

/// <summary>
/// The generation number that every cached entry's key carries (≈ Django's cache versions): a write that can change
/// a cached answer increments it, so that no later read finds an entry written before that write.
/// </summary>
public interface ICacheGenerations
{
    /// <summary>The current generation; throws <see cref="CacheUnavailableException"/> when its store does not answer.</summary>
    ValueTask<string> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Moves to a new generation; throws <see cref="CacheUnavailableException"/> when its store does not answer.</summary>
    ValueTask IncrementAsync(CancellationToken cancellationToken);
}
