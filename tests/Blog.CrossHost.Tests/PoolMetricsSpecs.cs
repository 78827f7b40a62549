namespace Blog.CrossHost.Tests;

/// <summary>
/// Npgsql's connection pool in each host's /metrics. Here rather than in the contract suite: these hosts are processes
/// on PostgreSQL, so a scrape shows only its own host's pool, and SQLite (which has none) is not asked about it.
/// </summary>
[Collection(nameof(HostsCollection))]
public sealed class PoolMetricsSpecs(HostsFixture hosts)
{
    public static TheoryData<string> Hosts() => new(HostProcess.Built.Keys);

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Metrics_have_the_database_connection_pool_by_state(string name)
    {
        using var api = hosts.Api(name);
        await api.NewUserAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var scrape = await (await api.GetAsync("/metrics")).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            var pool = scrape.Split('\n').Where(line => line.StartsWith("db_client_connection_count{", StringComparison.Ordinal)).ToList();
            if (pool.Any(line => line.Contains("db_client_connection_state=\"idle\"", StringComparison.Ordinal))
                && pool.Any(line => line.Contains("db_client_connection_state=\"used\"", StringComparison.Ordinal)))
                return;
            Assert.True(DateTime.UtcNow < deadline, $"{name}'s /metrics has no pool count by state (idle and used):\n{scrape}");
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }
}
