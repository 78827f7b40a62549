using Blog.ContractTests.Harness;

namespace Blog.CrossHost.Tests;

/// <summary>Every built host, each in its own process, all on one fresh PostgreSQL database.</summary>
public sealed class HostsFixture : IAsyncLifetime
{
    private readonly List<HostProcess> _hosts = [];
    private string? _database;

    public IReadOnlyList<HostProcess> Hosts => _hosts;

    public HostProcess this[string name] => _hosts.Single(h => h.Name == name);

    /// <summary>A client of one host that fails the test on any 5xx, with the host's output.</summary>
    public Api Api(string name)
    {
        var host = this[name];
        var handler = new ServerErrorGuard(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
        return new Api(new HttpClient(handler) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(1) });
    }

    public async ValueTask InitializeAsync()
    {
        _database = await TestPostgres.CreateDatabaseAsync();
        // One after another: the first applies the shared migrations, the others find them applied.
        foreach (var name in HostProcess.Built.Keys.Order(StringComparer.Ordinal))
            _hosts.Add(await HostProcess.StartAsync(name, _database));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts) await host.DisposeAsync();
        if (_database is not null) await TestPostgres.DropDatabaseAsync(_database);
    }
}
