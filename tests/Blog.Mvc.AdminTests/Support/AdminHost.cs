using Blog.ContractTests.Counting;
using Blog.Data;
using Blog.Data.Auth;
using Blog.Domain.Comments;
using Blog.Domain.Posts;
using Blog.Domain.Rules;
using Blog.Domain.Users;
using Blog.Hosting.Caching;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using DatabaseKind = Blog.ContractTests.Harness.DatabaseKind;
using FixtureDbContext = Blog.ContractTests.Harness.FixtureDbContext;

namespace Blog.Mvc.AdminTests.Support;

/// <summary>
/// The mvc-controllers host on a fresh SQLite file, one per test class (<see cref="PostgresAdminHost"/>: on a fresh
/// PostgreSQL database), counting its SQL statements; the fixture writes and reads that database through a context of
/// its own. <see cref="OnKestrel"/> makes it listen on a real loopback port, for the browser tests.
/// </summary>
public class AdminHost : IAsyncLifetime
{
    public const string Password = "correct-horse-battery";

    private readonly string file = Path.Combine(Path.GetTempPath(), $"blog-admin-tests-{Guid.NewGuid():N}.db");
    private Factory? factory;

    protected virtual bool OnKestrel => false;

    /// <summary>The database the host runs on (its <c>Database:Provider</c>).</summary>
    public virtual DatabaseKind Database => DatabaseKind.Sqlite;

    public string ConnectionString { get; protected set; } = "";

    /// <summary>Makes the empty database the host migrates on start.</summary>
    protected virtual Task<string> CreateDatabaseAsync() => Task.FromResult($"Data Source={file}");

    protected virtual Task DropDatabaseAsync()
    {
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            File.Delete(path);
        return Task.CompletedTask;
    }

    public IServiceProvider Services => factory!.Services;

    /// <summary>The in-process test server (not on Kestrel), for a SignalR client of the hub.</summary>
    public TestServer Server => factory!.Server;

    /// <summary>The SQL statements the host has sent.</summary>
    public StatementCounter Statements { get; } = new();

    /// <summary>Code a test runs in the middle of a request, before one of the host's statements.</summary>
    public StatementHook Hook { get; } = new();

    /// <summary>The loopback address Kestrel listens on (browser tests only).</summary>
    public Uri BaseAddress { get; private set; } = new("http://localhost/");

    public async ValueTask InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        factory = new Factory(Database, ConnectionString, Statements, Hook);
        if (OnKestrel)
        {
            factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
            BaseAddress = new Uri(addresses.Addresses.Single());
        }
        else
        {
            factory.CreateClient().Dispose();
        }
    }

    public async ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        var started = factory;
        factory = null;
        if (started is not null) await started.DisposeAsync();
        if (ConnectionString.Length > 0) await DropDatabaseAsync();
    }

    /// <summary>A client that keeps cookies and does not follow redirects, like a careful browser.</summary>
    public AdminClient CreateAdminClient() => new(factory!.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    }));

    /// <summary>An admin client logged in as a new staff user, a superuser unless told otherwise.</summary>
    public async Task<AdminClient> LoggedInClientAsync(bool superuser = true)
    {
        var staff = await CreateUserAsync(staff: true, superuser: superuser);
        var client = CreateAdminClient();
        await client.LoginOkAsync(staff.Username);
        return client;
    }

    /// <summary>A plain API client: no cookies, no redirects.</summary>
    public HttpClient CreateApiClient() => factory!.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
    });

    public async Task<User> CreateUserAsync(string? username = null, bool staff = false, bool active = true, bool superuser = false)
    {
        await using var db = NewDbContext();
        var hasher = Services.GetRequiredService<PasswordHasher>();
        var name = username ?? Unique.Name("user");
        var user = User.Create(name, $"{name}@example.com", hasher.Hash(Password), Timestamps.Now(TimeProvider.System));
        user.IsStaff = staff;
        user.IsActive = active;
        user.IsSuperuser = superuser;
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    public async Task<Post> CreatePostAsync(
        User author, string title, PostStatus status = PostStatus.Draft, DateTime? createdAt = null, string content = "Some content.",
        int comments = 0, params string[] tags)
    {
        await using var db = NewDbContext();
        var at = createdAt ?? Timestamps.Now(TimeProvider.System);
        var post = new Post
        {
            Title = title,
            Slug = Slug.From(title) + "-" + Guid.NewGuid().ToString("N")[..8],
            Content = content,
            Status = status,
            AuthorId = author.Id,
            CreatedAt = at,
            UpdatedAt = at,
        };
        post.SetTags(tags);
        for (var i = 0; i < comments; i++)
            post.Comments.Add(new Comment { AuthorId = author.Id, Content = $"comment {i + 1}", CreatedAt = at.AddMinutes(i + 1) });
        db.Posts.Add(post);
        await db.SaveChangesAsync();
        // Written behind the host's back, and yet a write like the host's own: it moves the cache's generation too.
        await Services.GetRequiredService<BlogCache>().AfterWriteAsync();
        return post;
    }

    /// <summary>Reads with a fresh context, so the test sees what the host wrote.</summary>
    public async Task<T> QueryAsync<T>(Func<BlogDbContext, Task<T>> query)
    {
        await using var db = NewDbContext();
        return await query(db);
    }

    private BlogDbContext NewDbContext() => FixtureDbContext.Create(Database, ConnectionString);

    private sealed class Factory(DatabaseKind database, string connectionString, StatementCounter statements, StatementHook hook)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Database:Provider", database.ToString());
            builder.UseSetting("ConnectionStrings:Blog", connectionString);
            builder.UseSetting("Auth:PasswordIterations", "1000");
            builder.ConfigureTestServices(services => services.CountStatements(statements)
                .ConfigureDbContext<SqliteBlogDbContext>(options => options.AddInterceptors(hook), ServiceLifetime.Singleton)
                .ConfigureDbContext<PostgresBlogDbContext>(options => options.AddInterceptors(hook), ServiceLifetime.Singleton));
        }
    }
}

/// <summary>The same host listening on a loopback port, for a real browser.</summary>
public sealed class KestrelAdminHost : AdminHost
{
    protected override bool OnKestrel => true;
}
