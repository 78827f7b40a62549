using System.Globalization;
using Blog.Data;
using CarterModules.Data;
using Microsoft.Data.Sqlite;

namespace Blog.Carter.Tests;

/// <summary>What the SQLite dialect adds: foreign keys, EF Core's timestamp text, and writers that wait instead of failing.</summary>
public sealed class SqliteSpecs : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"carter-dialect-{Guid.NewGuid():N}.db");
    private SqlDialect _dialect = null!;

    public ValueTask InitializeAsync()
    {
        DapperSetup.Apply();
        _dialect = SqlDialect.For(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={_file}"));
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _dialect.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }

    private Db NewDb() => new(_dialect, new SqlStatementCounter());

    [Fact]
    public async Task Connections_enforce_foreign_keys()
    {
        await using var db = NewDb();
        Assert.Equal(1L, await db.ScalarAsync<long>("PRAGMA foreign_keys", null, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Timestamps_are_written_in_the_text_format_ef_core_writes()
    {
        await using var db = NewDb();
        var cancellationToken = TestContext.Current.CancellationToken;
        await db.ExecuteAsync("CREATE TABLE stamps (at TEXT NOT NULL)", null, cancellationToken);
        var times = new[]
        {
            new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc),
            new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc).AddTicks(5_000_000),
            new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc).AddTicks(1_234_560),
        };
        foreach (var at in times) await db.ExecuteAsync("INSERT INTO stamps (at) VALUES (@at)", new { at }, cancellationToken);
        var text = await db.QueryAsync<string>("SELECT at FROM stamps ORDER BY rowid", null, cancellationToken);
        Assert.Equal(times.Select(t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)), text);
        Assert.Equal(["2026-01-31 12:00:00", "2026-01-31 12:00:00.5", "2026-01-31 12:00:00.123456"], text);
    }

    /// <summary>Keyset pages compare timestamps as text on SQLite: that order must be the order in time.</summary>
    [Fact]
    public async Task Timestamp_text_sorts_in_time_order()
    {
        await using var db = NewDb();
        var cancellationToken = TestContext.Current.CancellationToken;
        await db.ExecuteAsync("CREATE TABLE stamps (at TEXT NOT NULL)", null, cancellationToken);
        var start = new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc);
        var times = new[] { 0L, 1, 10, 5_000_000, 1_234_560, 9_999_990, 10_000_000, 10_000_010, 600_000_000, 100 }
            .Select(ticks => start.AddTicks(ticks)).ToList();
        foreach (var at in times) await db.ExecuteAsync("INSERT INTO stamps (at) VALUES (@at)", new { at }, cancellationToken);
        Assert.Equal(times.Order(), await db.QueryAsync<DateTime>("SELECT at FROM stamps ORDER BY at", null, cancellationToken));
        Assert.Equal(times.Where(t => t > start.AddTicks(5_000_000)).Order(),
            await db.QueryAsync<DateTime>("SELECT at FROM stamps WHERE at > @after ORDER BY at", new { after = start.AddTicks(5_000_000) }, cancellationToken));
    }

    /// <summary>
    /// Ten read-then-write transactions at once on one file: with BEGIN IMMEDIATE each waits for the write lock, so
    /// none fails with 'database is locked' and none loses another's update.
    /// </summary>
    [Fact]
    public async Task Simultaneous_write_transactions_wait_for_each_other()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using (var setup = NewDb())
        {
            await setup.ScalarAsync<string>("PRAGMA journal_mode=WAL", null, cancellationToken);
            await setup.ExecuteAsync("CREATE TABLE counter (n INTEGER NOT NULL)", null, cancellationToken);
            await setup.ExecuteAsync("INSERT INTO counter (n) VALUES (0)", null, cancellationToken);
        }
        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(async () =>
        {
            await using var db = NewDb();
            var transaction = await db.BeginAsync(cancellationToken);
            var n = await db.ScalarAsync<long>("SELECT n FROM counter", null, cancellationToken);
            await Task.Delay(20, cancellationToken);
            await db.ExecuteAsync("UPDATE counter SET n = @next", new { next = n + 1 }, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }, cancellationToken)));
        await using var check = NewDb();
        Assert.Equal(10L, await check.ScalarAsync<long>("SELECT n FROM counter", null, cancellationToken));
    }
}
