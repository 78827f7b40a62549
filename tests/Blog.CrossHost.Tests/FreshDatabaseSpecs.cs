using Blog.ContractTests.Harness;
using Npgsql;

namespace Blog.CrossHost.Tests;

/// <summary>
/// The first start on a PostgreSQL database with no tables yet (or no database yet) applies the migrations without a
/// single failed statement: no <c>fail:</c> entry, no stack frame, and no failed command even at Debug level.
/// </summary>
public sealed class FreshDatabaseSpecs
{
    public static TheoryData<string, bool> HostsAndDatabases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var host in HostProcess.Built.Keys)
        foreach (var created in new[] { true, false })
            data.Add(host, created);
        return data;
    }

    [Theory]
    [MemberData(nameof(HostsAndDatabases))]
    public async Task The_first_start_on_a_fresh_database_logs_no_failure(string name, bool databaseCreated)
    {
        var empty = await TestPostgres.CreateDatabaseAsync();
        var database = empty;
        if (!databaseCreated)
        {
            await TestPostgres.DropDatabaseAsync(empty);
            database = new NpgsqlConnectionStringBuilder(empty) { Database = $"{new NpgsqlConnectionStringBuilder(empty).Database}_new" }.ConnectionString;
        }
        try
        {
            await using var host = await HostProcess.StartAsync(name, database, new Dictionary<string, string>
            {
                // The hosts log EF Core's failed commands at Debug (BlogDataServices), so that is the level a failed
                // read of a missing table would show at.
                ["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Debug",
            });
            using var api = new Api(new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
            await api.CreatePostAsync(await api.NewUserAsync());

            var lines = host.LinesSince(0);
            var log = string.Join('\n', lines);
            Assert.True(HostLog.Entries(lines, "fail") == 0 && HostLog.Entries(lines, "crit") == 0, $"no error entry:\n{log}");
            Assert.True(HostLog.StackFrames(lines).Count == 0, $"no stack trace:\n{log}");
            Assert.False(log.Contains("Failed executing DbCommand", StringComparison.Ordinal), $"no failed statement:\n{log}");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }
}
