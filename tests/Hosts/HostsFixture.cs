using Blog.ContractTests.Harness;

namespace Blog.Tests.Hosts;

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
        try
        {
            _database = await TestPostgres.CreateDatabaseAsync();
            // One after another: the first applies the shared migrations, the others find them applied.
            foreach (var name in HostProcess.Built.Keys.Order(StringComparer.Ordinal))
                _hosts.Add(await HostProcess.StartAsync(name, _database));
        }
        catch
        {
            // The hosts already started and the database must not outlive a failed start.
            try
            {
                await DisposeAsync();
            }
            catch
            {
                // The start-up failure is the error worth reporting.
            }
            throw;
        }
    }

    /// <summary>Stops the hosts started so far and drops the database (also after a failed start); safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        var hosts = _hosts.ToList();
        _hosts.Clear();
        foreach (var host in hosts) await host.DisposeAsync();
        if (_database is not null)
        {
            var database = _database;
            _database = null;
            await TestPostgres.DropDatabaseAsync(database);
        }
    }
}
