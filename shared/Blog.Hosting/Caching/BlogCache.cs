using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Caching;

/// <summary>
/// docs/contract.md, "The cache": cached reads keyed by the current generation, and the writes that move it. A read
/// asks <see cref="HybridCache"/> for <c>&lt;host&gt;:&lt;name&gt;:&lt;generation&gt;</c>; a write increments the
/// generation before it changes anything (so that a Redis that cannot count it refuses the write, 503, rather than
/// let it leave stale entries behind) and again once it has committed, before it answers (so that an entry a reader
/// filled in between is not used either).
/// </summary>
public sealed class BlogCache(
    HybridCache cache, ICacheGenerations generations, IServiceScopeFactory scopes, IHostEnvironment environment,
    CacheSettings settings, ILogger<BlogCache> logger)
{
    /// <summary>
    /// The cached value of <paramref name="name"/>, or <paramref name="read"/>'s. <paramref name="read"/> gets a
    /// <typeparamref name="TService"/> of a scope of its own: simultaneous requests share one read, which must not
    /// use a request's services that end with that request.
    /// </summary>
    public async ValueTask<T> GetOrReadAsync<TService, T>(
        string name, Func<TService, CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
        where TService : notnull
    {
        string generation;
        try
        {
            generation = await generations.CurrentAsync(cancellationToken);
        }
        catch (CacheUnavailableException e)
        {
            var reason = e.GetBaseException().Message;
            CacheLog.ReadWithoutCache(logger, name, reason);
            return await ReadInScopeAsync(read, cancellationToken);
        }

        // Per host: the hosts' values are different types, though they share the generation (one database).
        return await cache.GetOrCreateAsync($"{environment.ApplicationName}:{name}:{generation}",
            readCancellation => ReadInScopeAsync(read, readCancellation), cancellationToken: cancellationToken);
    }

    /// <summary>Before a write changes anything: throws <see cref="CacheUnavailableException"/> (a 503) when it could not be counted.</summary>
    public ValueTask BeforeWriteAsync(CancellationToken cancellationToken) => generations.IncrementAsync(cancellationToken);

    /// <summary>
    /// After the write has committed, before it answers; not cancelled by a client that hung up, since the write is
    /// done. A Redis lost in between cannot undo the write: it answers, and the entries it made stale end with their
    /// lifetime.
    /// </summary>
    public async ValueTask AfterWriteAsync()
    {
        try
        {
            await generations.IncrementAsync(CancellationToken.None);
        }
        catch (CacheUnavailableException e)
        {
            var reason = e.GetBaseException().Message;
            CacheLog.WriteNotCounted(logger, reason, settings.Seconds);
        }
    }

    private async ValueTask<T> ReadInScopeAsync<TService, T>(Func<TService, CancellationToken, ValueTask<T>> read, CancellationToken cancellationToken)
        where TService : notnull
    {
        await using var scope = scopes.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<TService>(), cancellationToken);
    }
}
