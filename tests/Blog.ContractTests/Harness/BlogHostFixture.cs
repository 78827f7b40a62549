using Blog.ContractTests.Counting;
using Blog.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blog.ContractTests.Harness;

/// <summary>
/// One blog host for one spec class. In-process (a <see cref="WebApplicationFactory{TEntryPoint}"/> on a fresh
/// SQLite file or a fresh PostgreSQL database), or, when the environment variable <c>BLOG_BASE_URL</c> is
/// set, the host at that URL (remote mode: nothing is started and in-process-only specs skip). An in-process host
/// counts its SQL statements (<see cref="StatementCounting"/>, added as a test service), and the fixture reaches the
/// database through a context of its own (<see cref="FixtureDbContext"/>), not the host's.
/// A runner subclasses it once per database: <c>public sealed class MinimalApiOnSqlite() : BlogHostFixture&lt;Program&gt;(DatabaseKind.Sqlite);</c>
/// </summary>
public abstract class BlogHostFixture<TProgram>(DatabaseKind database) : IInProcessBlogHost, ILiveBlogHost, IAsyncLifetime
    where TProgram : class
{
    public const string BaseUrlVariable = "BLOG_BASE_URL";

    private HostFactory? factory;
    private readonly List<HostFactory> moreInstances = [];
    private Lazy<Task<DocumentedApi>>? document;
    private Uri? remoteBaseAddress;
    private string? sqliteFile;
    private string? postgresConnectionString;
    private string? connectionString;
    private IReadOnlyDictionary<string, string> startSettings = new Dictionary<string, string>();

    public DatabaseKind Database => database;

    public bool IsRemote => remoteBaseAddress is not null;

    public StatementCounter? Statements { get; private set; }

    public CapturedLogs? Logs { get; private set; }

    public IServiceProvider Services =>
        factory?.Services ?? throw new InvalidOperationException("The host runs out of process (BLOG_BASE_URL); its services are not reachable.");

    public BlogDbContext NewDbContext() => FixtureDbContext.Create(database, connectionString
        ?? throw new InvalidOperationException("The host runs out of process (BLOG_BASE_URL); its database is not reachable."));

    public async ValueTask InitializeAsync()
    {
        try
        {
            var baseUrl = Environment.GetEnvironmentVariable(BaseUrlVariable);
            if (!string.IsNullOrWhiteSpace(baseUrl))
            {
                remoteBaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/", UriKind.Absolute);
                document = new Lazy<Task<DocumentedApi>>(LoadDocumentAsync);
                return;
            }

            if (database == DatabaseKind.Sqlite)
            {
                var dir = Path.Combine(Path.GetTempPath(), "blog-contract-tests");
                Directory.CreateDirectory(dir);
                sqliteFile = Path.Combine(dir, $"blog-{Guid.NewGuid():N}.db");
                connectionString = $"Data Source={sqliteFile}";
            }
            else
            {
                postgresConnectionString = await TestPostgres.CreateDatabaseAsync();
                connectionString = postgresConnectionString;
            }

            Logs = new CapturedLogs();
            Statements = new StatementCounter();
            var settings = await SettingsAsync();
            startSettings = settings;
            factory = new HostFactory(database, connectionString, Logs, Statements, settings);
            using (factory.CreateClient())
            {
                // Creating a client starts the host: migrations run now, not inside the first test.
            }

            for (var i = 1; i < Instances; i++)
            {
                var another = new HostFactory(database, connectionString, Logs, Statements, settings);
                moreInstances.Add(another);
                using (another.CreateClient())
                {
                    // Started now too, on the one database.
                }
            }

            document = new Lazy<Task<DocumentedApi>>(LoadDocumentAsync);
        }
        catch
        {
            // A host that failed to start must not leak its factory, SQLite file or PostgreSQL database.
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

    /// <summary>
    /// Settings beside the fixture's own (e.g. tight rate limits, Redis). A fixture that sets any also makes every request
    /// come from a loopback connection (the trusted proxy's), so that a spec picks its client address with
    /// <c>X-Forwarded-For</c>; without them a request has no client address at all.
    /// </summary>
    protected virtual ValueTask<IReadOnlyDictionary<string, string>> SettingsAsync() =>
        ValueTask.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>());

    /// <summary>How many in-process instances share the database (and the settings); clients of the second and later: <see cref="CreateClient(int, HttpStatusCode[])"/>.</summary>
    protected virtual int Instances => 1;

    /// <summary>
    /// A client of in-process instance <paramref name="instance"/> (0 is the one <see cref="CreateClient()"/> talks to)
    /// that lets the 5xx statuses <paramref name="allowed"/> through (a fault spec's).
    /// </summary>
    public HttpClient CreateClient(int instance, params HttpStatusCode[] allowed)
    {
        var documented = new DocumentedResponses(() => (document ?? throw new InvalidOperationException("The fixture has not been initialized.")).Value);
        var host = instance == 0 ? factory ?? throw new InvalidOperationException("The fixture has not been initialized.") : moreInstances[instance - 1];
        var client = host.CreateDefaultClient(new Uri("http://localhost/"), documented, ServerErrorGuard.Allowing(allowed));
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }

    /// <summary>The test server of in-process instance <paramref name="instance"/>, for clients that are not HTTP clients (the hub's).</summary>
    public TestServer Server(int instance)
    {
        var host = instance == 0 ? factory ?? throw new InvalidOperationException("The fixture has not been initialized.") : moreInstances[instance - 1];
        return host.Server;
    }

    public HttpClient CreateClient()
    {
        var documented = new DocumentedResponses(() => (document ?? throw new InvalidOperationException("The fixture has not been initialized.")).Value);
        if (remoteBaseAddress is not null)
        {
            documented.InnerHandler = new ServerErrorGuard(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false });
            return new HttpClient(documented) { BaseAddress = remoteBaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        }

        if (factory is null)
        {
            throw new InvalidOperationException("The fixture has not been initialized.");
        }

        // CreateDefaultClient adds no redirect and no cookie handler: only the document check and the 5xx guard.
        var client = factory.CreateDefaultClient(new Uri("http://localhost/"), documented, new ServerErrorGuard());
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }

    /// <summary>
    /// Stops instance 0 and starts a new one on the same database, with <paramref name="changed"/> over the fixture's
    /// settings (e.g. a job server that the first had off); clients made before it talk to the stopped instance.
    /// </summary>
    protected async Task RestartAsync(IReadOnlyDictionary<string, string> changed)
    {
        var stopped = factory ?? throw new InvalidOperationException("The fixture has not been initialized.");
        factory = null;
        await stopped.DisposeAsync();
        var settings = new Dictionary<string, string>(startSettings);
        foreach (var (key, value) in changed)
        {
            settings[key] = value;
        }

        factory = new HostFactory(database, connectionString!, Logs!, Statements!, settings);
        using (factory.CreateClient())
        {
            // Started now, like the first.
        }
    }

    /// <summary>The host's own OpenAPI document, read once: every answer a client of this fixture gets must match it.</summary>
    private async Task<DocumentedApi> LoadDocumentAsync()
    {
        using var client = remoteBaseAddress is not null
            ? new HttpClient(new SocketsHttpHandler()) { BaseAddress = remoteBaseAddress }
            : factory!.CreateClient();
        return await DocumentedApi.LoadAsync(client);
    }

    /// <summary>Releases whatever <see cref="InitializeAsync"/> got to (also after a failed start); safe to call twice.</summary>
    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        foreach (var another in moreInstances)
        {
            await another.DisposeAsync();
        }

        moreInstances.Clear();
        if (factory is not null)
        {
            var started = factory;
            factory = null;
            await started.DisposeAsync();
        }

        if (sqliteFile is not null)
        {
            var jobs = Path.ChangeExtension(sqliteFile, ".jobs.db");
            foreach (var file in new[] { sqliteFile, sqliteFile + "-wal", sqliteFile + "-shm", sqliteFile + "-journal", jobs, jobs + "-wal", jobs + "-shm" })
            {
                try
                {
                    File.Delete(file);
                }
                catch (IOException)
                {
                    // A temp file left behind is harmless.
                }
            }
        }

        if (postgresConnectionString is not null)
        {
            var created = postgresConnectionString;
            postgresConnectionString = null;
            await TestPostgres.DropDatabaseAsync(created);
        }
    }

    private sealed class HostFactory(
        DatabaseKind database, string connectionString, CapturedLogs logs, StatementCounter statements, IReadOnlyDictionary<string, string> settings)
        : WebApplicationFactory<TProgram>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", database == DatabaseKind.Sqlite ? "Sqlite" : "Postgres");
            builder.UseSetting("ConnectionStrings:Blog", connectionString);

            // The hosts' PBKDF2 cost: low only so that the suite, which registers many users, stays fast.
            builder.UseSetting("Auth:PasswordIterations", "1000");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureServices(services => services.AddSingleton<ILoggerProvider>(logs));
            builder.ConfigureTestServices(services =>
            {
                services.CountStatements(statements);
                if (settings.Count > 0)
                {
                    services.AddSingleton<IStartupFilter, FromLoopback>();
                }
            });
        }
    }

    /// <summary>Every request as if on a connection from 127.0.0.1, which the hosts trust as their proxy by default.</summary>
    private sealed class FromLoopback : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Loopback;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
