using Blog.ContractTests.Harness;
using Npgsql;

namespace Blog.CrossHost.Tests;

/// <summary>A fresh database on the test server that a host reaches only through a <see cref="FaultProxy"/>; dropped on dispose.</summary>
public sealed class ProxiedDatabase : IAsyncDisposable
{
    private readonly string _direct;

    private ProxiedDatabase(string direct, FaultProxy proxy)
    {
        _direct = direct;
        Proxy = proxy;
        var proxied = new NpgsqlConnectionStringBuilder(direct) { Host = "127.0.0.1", Port = proxy.Port };
        // The host's own short default timeouts are what a hanging database is met with.
        proxied.Remove("Timeout");
        proxied.Remove("Command Timeout");
        ConnectionString = proxied.ConnectionString;
    }

    public FaultProxy Proxy { get; }

    /// <summary>The connection string a host is given: through the proxy.</summary>
    public string ConnectionString { get; }

    public static async Task<ProxiedDatabase> CreateAsync()
    {
        var direct = await TestPostgres.CreateDatabaseAsync();
        var server = new NpgsqlConnectionStringBuilder(direct);
        return new ProxiedDatabase(direct, await FaultProxy.StartAsync(server.Host!, server.Port));
    }

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(_direct);
    }
}
