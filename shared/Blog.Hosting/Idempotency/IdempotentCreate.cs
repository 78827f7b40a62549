using System.Text;
using Blog.Data.Idempotency;
using Blog.Domain.Errors;
using Blog.Domain.Rules;
using Microsoft.AspNetCore.Http;

namespace Blog.Hosting.Idempotency;

/// <summary>
/// The rule of a keyed create. The first request with a key runs the create and stores its 201 answer in the
/// create's own transaction; a later one with the key and the same request gets that answer again and creates
/// nothing, and one with another request is 422. Of two simultaneous first uses, the second waits — on the
/// database's write lock (SQLite) or on the record's unique index (PostgreSQL, where its own create is then rolled
/// back) — and replays the first's answer. Any answer but a 201 is not stored.
/// </summary>
public static class IdempotentCreate
{
    /// <summary>A retry that lost its race finds the winner's record; a third round would mean a broken store.</summary>
    private const int Rounds = 2;

    public static async Task<JsonAnswer> RunAsync(
        IIdempotencyStore store, IdempotentRequest request, TimeProvider clock, Func<Task<JsonAnswer>> create, CancellationToken cancellationToken)
    {
        for (var round = 1; round <= Rounds; round++)
        {
            await store.BeginAsync(cancellationToken);
            try
            {
                var now = Timestamps.Now(clock);
                await store.RemoveExpiredAsync(request.UserId, now - IdempotencyKey.Lifetime, cancellationToken);
                if (await store.FindAsync(request.UserId, request.Key, cancellationToken) is { } stored) return Replay(stored, request);
                var answer = await create();
                if (answer.Status != StatusCodes.Status201Created || await store.TryAddAsync(Record(request, answer, now), cancellationToken))
                {
                    await store.CommitAsync(cancellationToken);
                    return answer;
                }
            }
            finally
            {
                await store.EndAsync();
            }
            if (await store.FindAsync(request.UserId, request.Key, cancellationToken) is { } first) return Replay(first, request);
        }
        throw new InvalidOperationException($"The idempotency record of a keyed create was refused {Rounds} times and then not found.");
    }

    private static JsonAnswer Replay(IdempotencyRecord record, IdempotentRequest request) =>
        record.RequestHash == request.Hash
            ? new JsonAnswer(record.StatusCode, Encoding.UTF8.GetBytes(record.ResponseBody), record.Location, Replayed: true)
            : throw new UnprocessableError(IdempotencyKey.Reused,
                new Dictionary<string, string[]> { ["idempotency_key"] = [IdempotencyKey.ReusedFieldMessage] });

    private static IdempotencyRecord Record(IdempotentRequest request, JsonAnswer answer, DateTime now) => new()
    {
        UserId = request.UserId,
        Key = request.Key,
        RequestHash = request.Hash,
        StatusCode = answer.Status,
        ResponseBody = Encoding.UTF8.GetString(answer.Body),
        Location = answer.Location,
        CreatedAt = now,
    };
}
