using Blog.Data.Idempotency;

namespace Blog.Hosting.Idempotency;

/// <summary>Where a host keeps the first answers of keyed creates (table idempotency_keys), in its own data access.</summary>
public interface IIdempotencyStore
{
    /// <summary>Begins the write transaction the create and its record share.</summary>
    Task BeginAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the user's keys first used before <paramref name="cutoff"/>: they count as never used.</summary>
    Task RemoveExpiredAsync(int userId, DateTime cutoff, CancellationToken cancellationToken);

    Task<IdempotencyRecord?> FindAsync(int userId, string key, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the record in the transaction; false when a simultaneous request's record for the key was committed
    /// first (the unique index made this one wait for it, then refused it).
    /// </summary>
    Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken);

    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Ends the transaction, rolling it back unless it was committed.</summary>
    Task EndAsync();
}
