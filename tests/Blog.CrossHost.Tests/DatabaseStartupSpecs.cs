namespace Blog.CrossHost.Tests;

/// <summary>
/// A host started while PostgreSQL cannot be reached waits for it, saying so once per attempt, and serves as soon as
/// it comes; one that never reaches it gives up after <c>Database:StartupTimeoutSeconds</c> with one clear line and
/// exit code 1, also when the port accepts connections and never answers.
/// </summary>
public sealed class DatabaseStartupSpecs
{
    public static TheoryData<string> Hosts() => new(HostProcess.Built.Keys);

    public static TheoryData<string, string> HostsAndFaults()
    {
        var data = new TheoryData<string, string>();
        foreach (var host in HostProcess.Built.Keys)
        foreach (var fault in new[] { "cut", "blackhole" })
            data.Add(host, fault);
        return data;
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task A_host_started_while_the_database_is_cut_serves_once_it_is_back(string name)
    {
        await using var database = await ProxiedDatabase.CreateAsync();
        database.Proxy.Cut();
        await using var host = HostProcess.Launch(name, database.ConnectionString);

        // Restored only once the host has met the cut database: a slow start on a busy machine must not miss the cut.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (HostLog.Entries(host.LinesSince(0), "warn") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{name} logged no warning for the database it could not reach:\n{host.Output()}");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
        database.Proxy.Restore();
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));

        using var api = new Api(new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
        var user = await api.NewUserAsync();
        await api.CreatePostAsync(user);
        var lines = host.LinesSince(0);
        var log = string.Join('\n', lines);
        Assert.True(HostLog.Entries(lines, "warn") >= 1, $"each attempt that found no database is a warning:\n{log}");
        Assert.True(HostLog.Entries(lines, "fail") == 0 && HostLog.StackFrames(lines).Count == 0, $"waiting for the database is no error:\n{log}");
    }

    [Theory]
    [MemberData(nameof(HostsAndFaults))]
    public async Task A_host_that_never_reaches_the_database_exits_with_code_1_and_one_clear_line(string name, string fault)
    {
        await using var database = await ProxiedDatabase.CreateAsync();
        if (fault == "cut")
        {
            database.Proxy.Cut();
        }
        else
        {
            database.Proxy.Blackhole();
        }

        await using var host = HostProcess.Launch(name, database.ConnectionString,
            new Dictionary<string, string> { ["Database__StartupTimeoutSeconds"] = "3" });

        // Three seconds of waiting, plus the start of a .NET process on a busy machine.
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(15));
        var lines = host.LinesSince(0);
        var log = string.Join('\n', lines);
        Assert.True(exitCode == 1, $"exit code {exitCode}, expected 1:\n{log}");
        Assert.True(HostLog.Entries(lines, "crit") == 1 && HostLog.Entries(lines, "fail") == 0, $"one critical line says why:\n{log}");
        Assert.True(HostLog.StackFrames(lines).Count == 0 && !log.Contains("Unhandled exception", StringComparison.Ordinal),
            $"no stack trace:\n{log}");
    }
}
