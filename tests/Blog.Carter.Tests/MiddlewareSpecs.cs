using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Blog.Carter.Tests;

/// <summary>The host's own middleware: X-Request-Id, and a request log that never holds a secret.</summary>
public sealed class MiddlewareSpecs : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"carter-middleware-{Guid.NewGuid():N}.db");
    private readonly ConcurrentQueue<string> _log = new();
    private WebApplicationFactory<Program> _factory = null!;

    public ValueTask InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Development");
            host.UseSetting("Database:Provider", "Sqlite");
            host.UseSetting("ConnectionStrings:Blog", $"Data Source={_file}");
            host.UseSetting("Auth:PasswordIterations", "1000");
            host.ConfigureServices(services => services.AddLogging(logging =>
                logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingLoggerProvider(_log))));
        });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(file);
    }

    [Fact]
    public async Task A_sane_request_id_is_echoed()
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health");
        request.Headers.Add("X-Request-Id", "client-42.abc:1");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal("client-42.abc:1", Assert.Single(response.Headers.GetValues("X-Request-Id")));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("has spaces")]
    // One literal backslash (C# "\\"), a character outside the sane-id pattern; it is not a line break.
    [InlineData("back\\slash")]
    [InlineData("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")]
    public async Task A_missing_or_unsafe_request_id_is_replaced_by_a_fresh_one(string? sent)
    {
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/posts/2000000000");
        if (sent is not null) request.Headers.TryAddWithoutValidation("X-Request-Id", sent);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));
        Assert.Matches("^[0-9a-f]{32}$", id);
        Assert.NotEqual(sent, id);
    }

    [Fact]
    public async Task The_request_log_has_method_route_and_status_and_no_secret()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        const string password = "sec-ret-pass-word";
        var username = "logged_" + Guid.NewGuid().ToString("N")[..8];
        (await client.PostAsJsonAsync("/auth/register", new { username, email = $"{username}@example.com", password }, cancellationToken)).EnsureSuccessStatusCode();
        var login = await client.PostAsJsonAsync("/auth/login?note=query-secret", new { username, password }, cancellationToken);
        var tokens = await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(cancellationToken);
        var accessToken = tokens!["access_token"].ToString()!;
        using var me = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        me.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(me, cancellationToken)).StatusCode);

        var lines = _log.ToArray();
        Assert.Contains(lines, line => line.StartsWith("POST /auth/register 201 ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("POST /auth/login 200 ", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.StartsWith("GET /users/me 200 ", StringComparison.Ordinal));
        foreach (var secret in new[] { password, accessToken, tokens["refresh_token"].ToString()!, "query-secret" })
            Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal));
    }

    /// <summary>The line names the route template, never the path, so an encoded line break cannot forge a line.</summary>
    [Fact]
    public async Task An_encoded_line_break_in_the_path_cannot_forge_a_log_line()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/posts/x%0D%0AGET%20/forged%20200%200.1%20ms");
        request.Headers.Add("X-Request-Id", "forge-attempt");
        using var response = await client.SendAsync(request, cancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);

        var line = Assert.Single(_log.ToArray(), line => line.Contains("request=forge-attempt", StringComparison.Ordinal));
        Assert.Matches(@"^GET (/posts/\{id(:[a-z]+)?\}|\(unmatched\)) 404 ", line);
        Assert.DoesNotContain("forged", line, StringComparison.Ordinal);
        Assert.DoesNotContain(_log.ToArray(), logged => logged.Contains("GET /forged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_request_line_carries_the_request_id_the_user_and_the_trace_id()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var client = _factory.CreateClient();
        var username = "traced_" + Guid.NewGuid().ToString("N")[..8];
        var registered = await client.PostAsJsonAsync("/auth/register", new { username, email = $"{username}@example.com", password = "sec-ret-pass-word" }, cancellationToken);
        var id = (await registered.Content.ReadFromJsonAsync<Dictionary<string, object>>(cancellationToken))!["id"].ToString();
        var login = await client.PostAsJsonAsync("/auth/login", new { username, password = "sec-ret-pass-word" }, cancellationToken);
        var accessToken = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(cancellationToken))!["access_token"].ToString();
        using var me = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        me.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        me.Headers.Add("X-Request-Id", "me-" + username);
        me.Headers.Add("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(me, cancellationToken)).StatusCode);

        Assert.Contains("GET /users/me 200 ", Assert.Single(_log.ToArray(), line => line.Contains($"request=me-{username}", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(_log.ToArray(), line => line.Contains($"user={id} request=me-{username} trace=4bf92f3577b34da6a3ce929d0e0e4736", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(lines);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                lines.Enqueue(formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
