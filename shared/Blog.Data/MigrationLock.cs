using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Npgsql;

namespace Blog.Data;

/// <summary>
/// Several instances started at once on an empty PostgreSQL database (the replicas of docker-compose.yml) would each
/// apply the migrations: EF Core's own lock is held per migration's transaction, so an instance that read the list
/// of applied migrations before another committed one applies it again and fails ("column … already exists"). A
/// session-level advisory lock around the whole migration makes them take turns: the first applies, the others find
/// everything applied. SQLite serves one instance and needs none.
/// </summary>
internal sealed class MigrationLock : IAsyncDisposable
{
    // Any constant shared by every host; "BlogMig" in ASCII.
    private const long Key = 0x426C6F674D6967;

    private readonly NpgsqlConnection _connection;

    private MigrationLock(NpgsqlConnection connection) => _connection = connection;

    public static async Task<MigrationLock?> AcquireAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        if (!database.IsNpgsql()) return null;
        // Unpooled: closing the connection ends the session, which releases the lock even if the unlock is never sent.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.GetConnectionString()) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection) { CommandTimeout = 0 };
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new MigrationLock(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();
}
