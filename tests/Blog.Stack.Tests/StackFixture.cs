using System.Security.Cryptography;
using Blog.ContractTests.Harness;

namespace Blog.Stack.Tests;

/// <summary>
/// The production stack on this machine: two instances of each host, in Production, on one fresh PostgreSQL
/// database and with one signing key, trusting forwarded headers from the proxy's address only, behind real nginx
/// with the repository's routes. A test that kills or stops an instance replaces it (<see cref="ReplaceAsync"/>).
/// </summary>
public sealed class StackFixture : IAsyncLifetime
{
    public const int InstancesPerHost = 2;

    /// <summary>Each host by its test name, with its prefix on the proxy and its upstream in deploy/nginx.</summary>
    public static readonly IReadOnlyList<(string Name, string Prefix, string Upstream)> Hosts =
    [
        ("minimal-api", "/minimal", "minimal_api"),
        ("carter-modules", "/carter", "carter_modules"),
        ("mvc-controllers", "/mvc", "mvc_controllers"),
    ];

    private readonly Dictionary<string, HostProcess[]> _instances = [];
    private readonly Dictionary<string, Lazy<Task<DocumentedApi>>> _documents = [];
    private readonly HashSet<HostProcess> _killed = [];
    private readonly string _signingKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));
    private NginxProxy? _proxy;

    public string Database { get; private set; } = "";

    public NginxProxy Proxy => _proxy ?? throw new InvalidOperationException("The stack has not been started.");

    public HostProcess Instance(string host, int index) => _instances[host][index];

    public IReadOnlyList<HostProcess> Instances(string host) => _instances[host];

    public static string PrefixOf(string host) => Hosts.Single(h => h.Name == host).Prefix;

    /// <summary>
    /// A client of one host through the proxy: it sends the contract's paths (<c>/posts</c>) under the host's prefix,
    /// and fails the test on any 5xx and on any answer the host's OpenAPI document does not describe.
    /// </summary>
    public Api ThroughProxy(string host) => new(Checked(host, new PrefixHandler(PrefixOf(host)), Proxy.BaseAddress));

    /// <summary>A client of one instance directly, with the same checks.</summary>
    public Api Direct(HostProcess instance) => new(Checked(instance.Name, new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }, instance.BaseAddress));

    /// <summary>A client of the proxy with no checks, for load that may see the 502 of an instance dying under it.</summary>
    public HttpClient RawProxyClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        BaseAddress = Proxy.BaseAddress,
        Timeout = TimeSpan.FromSeconds(30),
    };

    public async ValueTask InitializeAsync()
    {
        try
        {
            Database = await TestPostgres.CreateDatabaseAsync();
            // All at once on the empty database: the advisory lock of Blog.Data's MigrationLock lets one apply the migrations at a time.
            var starts = Hosts.ToDictionary(h => h.Name, h => Enumerable.Range(0, InstancesPerHost).Select(_ => StartInstanceAsync(h.Name)).ToArray());
            try
            {
                await Task.WhenAll(starts.Values.SelectMany(s => s));
            }
            finally
            {
                foreach (var (name, tasks) in starts)
                    _instances[name] = tasks.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result).ToArray();
            }
            foreach (var (name, _, _) in Hosts)
            {
                var first = _instances[name][0];
                _documents[name] = new Lazy<Task<DocumentedApi>>(async () =>
                {
                    using var client = new HttpClient { BaseAddress = first.BaseAddress };
                    return await DocumentedApi.LoadAsync(client);
                });
            }
            _proxy = await NginxProxy.StartAsync(Upstreams());
        }
        catch
        {
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

    /// <summary>Kills an instance at once (SIGKILL): no draining, no goodbye to the proxy.</summary>
    public async Task KillAsync(string host, int index)
    {
        var instance = _instances[host][index];
        _killed.Add(instance);
        await instance.DisposeAsync();
    }

    /// <summary>
    /// Puts a fresh instance in the place of one a test killed or stopped, reloads the proxy's upstreams and waits
    /// until the proxy sends it requests.
    /// </summary>
    public async Task ReplaceAsync(string host, int index)
    {
        var old = _instances[host][index];
        if (_killed.Remove(old) is false) await old.DisposeAsync();
        var fresh = await StartInstanceAsync(host);
        _instances[host][index] = fresh;
        await Proxy.ReloadAsync(Upstreams());

        using var client = RawProxyClient();
        var marker = Unique.Tag();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        var mark = fresh.LineCount;
        while (!fresh.LinesSince(mark).Any(line => line.Contains(marker, StringComparison.Ordinal)))
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The proxy sent no request to the new {host} instance after the reload:\n{Proxy.ErrorLog()}");
            using var _ = await client.GetAsync($"{PrefixOf(host)}/posts?tag={marker}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
            _proxy = null;
        }
        foreach (var instance in _instances.Values.SelectMany(i => i).Except(_killed)) await instance.DisposeAsync();
        _instances.Clear();
        if (Database.Length > 0)
        {
            var database = Database;
            Database = "";
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    private Task<HostProcess> StartInstanceAsync(string host) => HostProcess.StartAsync(host, Database, new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Jwt__SigningKey"] = _signingKey,
        ["ForwardedHeaders__KnownProxies"] = NginxProxy.ProxyAddress,
    });

    private Dictionary<string, IReadOnlyList<Uri>> Upstreams() =>
        Hosts.ToDictionary(h => h.Upstream, h => (IReadOnlyList<Uri>)_instances[h.Name].Select(i => i.BaseAddress).ToList());

    private HttpClient Checked(string host, HttpMessageHandler wire, Uri baseAddress)
    {
        var checks = new DocumentedResponses(() => _documents[host].Value) { InnerHandler = new ServerErrorGuard(wire) };
        return new HttpClient(checks) { BaseAddress = baseAddress, Timeout = TimeSpan.FromMinutes(1) };
    }

    /// <summary>
    /// Puts the host's prefix before the path on the wire only: the document checks, which read the request from the
    /// response, see the contract's path (<c>/posts</c>) again.
    /// </summary>
    private sealed class PrefixHandler(string prefix) : DelegatingHandler(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var contractUri = request.RequestUri!;
            request.RequestUri = new UriBuilder(contractUri) { Path = prefix + contractUri.AbsolutePath }.Uri;
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            finally
            {
                request.RequestUri = contractUri;
            }
        }
    }
}
