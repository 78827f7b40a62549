using Blog.Data;
using Blog.Data.Sql;

namespace Blog.Carter.Tests;

/// <summary>What <see cref="CarterModules.Data.SqlDialect"/> promises, checked on a real database of each kind.</summary>
public abstract class DialectSpecs(DialectDatabase database)
{
    private static readonly string[] Names = ["b", "a-b", "ab", "a", "B", "a0", "a_b", "Ä", "z"];

    [Fact]
    public async Task AnyOf_matches_exactly_the_listed_values()
    {
        await using var db = database.NewDb();
        var sql = $"WITH t(x) AS (VALUES (1), (2), (3), (4)) SELECT x FROM t WHERE {db.Dialect.AnyOf("x", "ids")} ORDER BY x";
        Assert.Equal([1, 3], await db.QueryAsync<int>(sql, new { ids = new[] { 1, 3, 9 } }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnyOf_an_empty_list_matches_nothing()
    {
        await using var db = database.NewDb();
        var sql = $"WITH t(x) AS (VALUES (1), (2)) SELECT x FROM t WHERE {db.Dialect.AnyOf("x", "ids")}";
        Assert.Empty(await db.QueryAsync<int>(sql, new { ids = Array.Empty<int>() }, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task AnyOf_is_one_statement_however_long_the_list()
    {
        var counter = new SqlStatementCounter();
        await using var db = database.NewDb(counter);
        var ids = Enumerable.Range(1, 100).ToArray();
        var sql = $"WITH t(x) AS (VALUES (5), (500)) SELECT x FROM t WHERE {db.Dialect.AnyOf("x", "ids")}";
        Assert.Equal([5], await db.QueryAsync<int>(sql, new { ids }, TestContext.Current.CancellationToken));
        Assert.Equal(1, counter.Count);
    }

    [Fact]
    public async Task Ordinal_sorts_by_code_point()
    {
        await using var db = database.NewDb();
        var values = string.Join(", ", Names.Select((_, i) => $"(@n{i})"));
        var args = new Dapper.DynamicParameters();
        for (var i = 0; i < Names.Length; i++) args.Add($"n{i}", Names[i]);
        var sorted = await db.QueryAsync<string>(
            $"WITH t(name) AS (VALUES {values}) SELECT name FROM t ORDER BY {db.Dialect.Ordinal("name")}",
            args, TestContext.Current.CancellationToken);
        Assert.Equal(Names.Order(StringComparer.Ordinal), sorted);
    }

    [Fact]
    public async Task Timestamps_come_back_as_the_same_utc_instant()
    {
        await using var db = database.NewDb();
        var cancellationToken = TestContext.Current.CancellationToken;
        await db.ExecuteAsync("CREATE TEMP TABLE stamps (at TIMESTAMP WITH TIME ZONE NOT NULL)", null, cancellationToken);
        var at = new DateTime(2026, 1, 31, 12, 0, 0, DateTimeKind.Utc).AddTicks(1_234_560);
        await db.ExecuteAsync("INSERT INTO stamps (at) VALUES (@at)", new { at }, cancellationToken);
        var read = (await db.QueryAsync<DateTime>("SELECT at FROM stamps", null, cancellationToken)).Single();
        Assert.Equal(at, read);
        Assert.Equal(DateTimeKind.Utc, read.Kind);
    }

    [Fact]
    public async Task A_failed_attempt_is_undone_alone_and_the_transaction_goes_on()
    {
        await using var db = database.NewDb();
        var cancellationToken = TestContext.Current.CancellationToken;
        await db.ExecuteAsync("CREATE TEMP TABLE slugs (slug VARCHAR(20) NOT NULL UNIQUE)", null, cancellationToken);
        await db.ExecuteAsync("INSERT INTO slugs (slug) VALUES ('taken')", null, cancellationToken);

        var transaction = await db.BeginAsync(cancellationToken);
        await db.ExecuteAsync("INSERT INTO slugs (slug) VALUES ('before')", null, cancellationToken);
        var failure = await Record.ExceptionAsync(() => db.AttemptAsync(
            () => db.ExecuteAsync("INSERT INTO slugs (slug) VALUES ('taken')", null, cancellationToken), cancellationToken));
        Assert.True(failure is not null && UniqueViolation.Is(failure), $"expected a unique violation, got {failure}");
        await db.AttemptAsync(() => db.ExecuteAsync("INSERT INTO slugs (slug) VALUES ('taken-2')", null, cancellationToken), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await db.EndAsync();

        Assert.Equal(["before", "taken", "taken-2"], await db.QueryAsync<string>("SELECT slug FROM slugs ORDER BY slug", null, cancellationToken));
    }

    /// <summary>A savepoint costs two round trips; only the dialect whose failed statement spoils the transaction pays them.</summary>
    [Fact]
    public async Task An_attempt_is_fenced_by_a_savepoint_only_where_a_failure_spoils_the_transaction()
    {
        await using var db = database.NewDb();
        var cancellationToken = TestContext.Current.CancellationToken;
        Assert.Equal(database.Provider == DatabaseProvider.Postgres, db.Dialect.FailedStatementAbortsTransaction);
        Assert.Equal(database.Provider == DatabaseProvider.Postgres ? " FOR UPDATE" : "", db.Dialect.LockForWrite);
        var sql = $"SELECT 1{db.Dialect.LockForWrite}";
        var transaction = await db.BeginAsync(cancellationToken);
        Assert.Equal(1, await db.ScalarAsync<int>(sql, null, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await db.EndAsync();
    }

    [Fact]
    public async Task Every_statement_is_counted()
    {
        var counter = new SqlStatementCounter();
        await using var db = database.NewDb(counter);
        var cancellationToken = TestContext.Current.CancellationToken;
        await db.ScalarAsync<int>("SELECT 1", null, cancellationToken);
        await db.QueryAsync<int>("SELECT 2", null, cancellationToken);
        await db.QuerySingleOrDefaultAsync<int?>("SELECT 3", null, cancellationToken);
        await db.ExecuteAsync("CREATE TEMP TABLE counted (x INTEGER)", null, cancellationToken);
        Assert.Equal(4, counter.Count);
    }
}

public sealed class DialectOnSqlite(SqliteMemory database) : DialectSpecs(database), IClassFixture<SqliteMemory>;

public sealed class DialectOnPostgres(PostgresDatabase database) : DialectSpecs(database), IClassFixture<PostgresDatabase>
{
    /// <summary>
    /// A row read with <see cref="CarterModules.Data.SqlDialect.LockForWrite"/> in a write transaction stays locked: a
    /// simultaneous DELETE waits for the transaction to end, so an edit never races the delete of its post.
    /// </summary>
    [Fact]
    public async Task A_row_locked_for_write_holds_off_a_delete_until_the_transaction_ends()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var table = "locked_" + Guid.NewGuid().ToString("N")[..8];
        await using (var setup = database.NewDb())
        {
            await setup.ExecuteAsync($"CREATE TABLE {table} (id INTEGER PRIMARY KEY, title TEXT NOT NULL)", null, cancellationToken);
            await setup.ExecuteAsync($"INSERT INTO {table} (id, title) VALUES (1, 'old')", null, cancellationToken);
        }
        await using var editor = database.NewDb();
        var transaction = await editor.BeginAsync(cancellationToken);
        Assert.Equal("old", await editor.ScalarAsync<string>($"SELECT title FROM {table} WHERE id = 1{editor.Dialect.LockForWrite}", null, cancellationToken));

        await using var deleter = database.NewDb();
        var delete = deleter.ExecuteAsync($"DELETE FROM {table} WHERE id = 1", null, cancellationToken);
        await Task.Delay(300, cancellationToken);
        Assert.False(delete.IsCompleted, "the DELETE should wait for the row lock");

        Assert.Equal(1, await editor.ExecuteAsync($"UPDATE {table} SET title = 'new' WHERE id = 1", null, cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        await editor.EndAsync();
        Assert.Equal(1, await delete);
    }

    /// <summary>The database's own collation may not be ordinal: an ICU column collation puts 'a' before 'B'.</summary>
    [Fact]
    public async Task Ordinal_overrides_a_locale_collation()
    {
        await using var db = database.NewDb();
        var cancellationToken = TestContext.Current.CancellationToken;
        await db.ExecuteAsync("""CREATE TEMP TABLE names (name TEXT COLLATE "und-x-icu")""", null, cancellationToken);
        await db.ExecuteAsync("INSERT INTO names (name) VALUES ('a'), ('B'), ('a-b'), ('ab')", null, cancellationToken);
        var byLocale = await db.QueryAsync<string>("SELECT name FROM names ORDER BY name", null, cancellationToken);
        var ordinal = await db.QueryAsync<string>($"SELECT name FROM names ORDER BY {db.Dialect.Ordinal("name")}", null, cancellationToken);
        Assert.NotEqual(byLocale, ordinal);
        Assert.Equal(["B", "a", "a-b", "ab"], ordinal);
    }
}
