using Blog.ContractTests.Harness;

namespace Blog.Tests.Hosts;

/// <summary>
/// Every built host, each in its own process, all on one fresh PostgreSQL database and, as a deployment of several
/// hosts must (docker-compose does), one Redis (a throwaway redis-server): so that the cache's generation is theirs.
/// </summary>
public sealed class HostsFixture : IAsyncLifetime
{
    private readonly List<HostProcess> _hosts = [];
    private readonly Dictionary<string, Lazy<Task<DocumentedApi>>> _documents = [];
    private string? _database;
    private TestRedis? _redis;

    public IReadOnlyList<HostProcess> Hosts => _hosts;

    public HostProcess this[string name] => _hosts.Single(h => h.Name == name);

    /// <summary>A client of one host that fails the test on any 5xx and on any answer the host's OpenAPI document does not describe.</summary>
    public HttpClient Client(string name)
    {
        var host = this[name];
        var checks = new DocumentedResponses(() => _documents[name].Value)
        {
            InnerHandler = new ServerErrorGuard(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }),
        };
        return new HttpClient(checks) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromMinutes(1) };
    }

    public Api Api(string name) => new(Client(name));

    public async ValueTask InitializeAsync()
    {
        try
        {
            _database = await TestPostgres.CreateDatabaseAsync();
            _redis = await TestRedis.StartAsync();
            var settings = new Dictionary<string, string> { ["ConnectionStrings__Redis"] = _redis.ConnectionString };
            // One after another: the first applies the shared migrations, the others find them applied.
            foreach (var name in HostProcess.Built.Keys.Order(StringComparer.Ordinal))
            {
                var host = await HostProcess.StartAsync(name, _database, settings);
                _hosts.Add(host);
                _documents[name] = new Lazy<Task<DocumentedApi>>(async () =>
                {
                    using var client = new HttpClient { BaseAddress = host.BaseAddress };
                    return await DocumentedApi.LoadAsync(client);
                });
            }
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
        if (_redis is not null)
        {
            var redis = _redis;
            _redis = null;
            await redis.DisposeAsync();
        }
    }
}
