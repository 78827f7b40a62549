using Blog.Data;
using Blog.Data.Idempotency;
using Blog.Data.Sql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Blog.Hosting.Idempotency;

/// <summary>The idempotency records through EF Core, in the request's <see cref="BlogDbContext"/> (minimal-api, mvc-controllers).</summary>
public sealed class EfIdempotencyStore(BlogDbContext db) : IIdempotencyStore
{
    private IDbContextTransaction? _transaction;
    private bool _committed;

    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        _committed = false;
    }

    public Task RemoveExpiredAsync(int userId, DateTime cutoff, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.Where(r => r.UserId == userId && r.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);

    public Task<IdempotencyRecord?> FindAsync(int userId, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);

    public async Task<bool> TryAddAsync(IdempotencyRecord record, CancellationToken cancellationToken)
    {
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException refused) when (UniqueViolation.Is(refused))
        {
            return false;
        }
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await _transaction!.CommitAsync(cancellationToken);
        _committed = true;
    }

    public async Task EndAsync()
    {
        if (_transaction is null) return;
        await _transaction.DisposeAsync();
        _transaction = null;
        // What the rolled-back create added is not in the database: the context must not think it is.
        if (!_committed) db.ChangeTracker.Clear();
    }
}
