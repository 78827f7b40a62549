using Blog.ContractTests.Harness;

namespace Blog.CrossHost.Tests;

/// <summary>
/// PostgreSQL goes away under a running host and comes back. Meanwhile every request that needs it is a quick 503
/// problem with Retry-After, `/health` still answers, `/health/ready` says the database is not there, and the log
/// says so once per request without a stack trace; afterwards the host serves again by itself and nothing it had
/// acknowledged is lost.
/// </summary>
public sealed class DatabaseOutageSpecs
{
    /// <summary>
    /// A request that is slower than this while the database is away waited for a timeout it should not have: a cut
    /// is answered at once, a hang after the host's 5 s timeouts (plus Npgsql's 2 s attempt to cancel the command).
    /// </summary>
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(15);

    public static TheoryData<string> Hosts() => new(HostProcess.Built.Keys);

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task While_the_database_is_cut_requests_are_quick_503s_and_the_host_recovers_by_itself(string name)
    {
        await using var database = await ProxiedDatabase.CreateAsync();
        await using var host = await HostProcess.StartAsync(name, database.ConnectionString);
        using var api = new Api(new HttpClient(ServerErrorGuard.Allowing(
            new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }, HttpStatusCode.ServiceUnavailable))
        {
            BaseAddress = host.BaseAddress,
            Timeout = Quick,
        });
        var user = await api.NewUserAsync();
        var acknowledged = await api.CreatePostAsync(user);
        var id = acknowledged.Long("id");
        var needTheDatabase = new Func<Task<HttpResponseMessage>>[]
        {
            () => api.GetAsync("/posts"),
            () => api.GetAsync($"/posts/{id}"),
            () => api.LoginAsync(user.Username),
            () => api.PostAsync("/posts", new { title = "Written during the outage", content = "c" }, user.AccessToken),
            () => api.GetAsync("/users/me", user.AccessToken),
        };

        database.Proxy.Cut();
        var mark = host.LineCount;
        var failed = 0;
        for (var round = 0; round < 4; round++)
        {
            foreach (var send in needTheDatabase)
            {
                await ExpectUnavailableAsync(await send(), host);
                failed++;
            }
        }

        Assert.Equal("ok", (await (await api.GetAsync("/health", user.AccessToken)).ExpectObjectAsync()).Str("status"));
        await (await api.GetAsync("/health/ready")).ExpectStatusAsync(HttpStatusCode.ServiceUnavailable);

        database.Proxy.Restore();
        failed += await UntilServedAsync(() => api.GetAsync($"/posts/{id}"), host);
        Assert.True(JsonNode.DeepEquals(acknowledged, await api.GetPostAsync(id)), "the post acknowledged before the outage is there, unchanged");
        Assert.Equal(user.Id, (await (await api.GetAsync("/users/me", user.AccessToken)).ExpectObjectAsync()).Long("id"));
        await api.CreatePostAsync(user);
        await (await api.GetAsync("/health/ready")).ExpectStatusAsync(HttpStatusCode.OK);

        // A database that hangs instead of refusing: connections open, nothing answers. The host's short timeouts
        // (5 s to connect, 5 s per command) still make it a 503 within the client's patience.
        database.Proxy.Blackhole();
        foreach (var send in needTheDatabase.Take(2))
        {
            await ExpectUnavailableAsync(await send(), host);
            failed++;
        }
        database.Proxy.Restore();
        failed += await UntilServedAsync(() => api.GetAsync($"/posts/{id}"), host);

        var lines = host.LinesSince(mark);
        var log = string.Join('\n', lines);
        Assert.True(HostLog.Entries(lines, "fail") == 0 && HostLog.Entries(lines, "crit") == 0,
            $"a database that is down is no error of the host; its log during the outage:\n{log}");
        Assert.True(HostLog.Entries(lines, "warn") <= failed,
            $"at most one warning per failed request ({failed}), got {HostLog.Entries(lines, "warn")}:\n{log}");
        Assert.True(HostLog.StackFrames(lines).Count == 0, $"no stack traces in the log during the outage:\n{log}");
    }

    private static async Task ExpectUnavailableAsync(HttpResponseMessage response, HostProcess host)
    {
        if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
        {
            Assert.Fail($"{HttpJson.Describe(response)} answered {(int)response.StatusCode} while the database was cut:\n" +
                $"{await response.Content.ReadAsStringAsync()}\n{host.Output()}");
        }

        await response.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.True(response.Headers.RetryAfter?.Delta is { TotalSeconds: > 0 },
            $"{HttpJson.Describe(response)}: a 503 says when to retry, in seconds (Retry-After), got '{response.Headers.RetryAfter}'");
    }

    /// <summary>Sends until the answer is 200 (each earlier one must be the 503 of a connection the outage broke); returns how many were not.</summary>
    private static async Task<int> UntilServedAsync(Func<Task<HttpResponseMessage>> send, HostProcess host)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        for (var failed = 0; ; failed++)
        {
            var response = await send();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return failed;
            }

            await ExpectUnavailableAsync(response, host);
            Assert.True(DateTime.UtcNow < deadline, $"the host did not serve again within 30 s of the database coming back:\n{host.Output()}");
            await Task.Delay(200);
        }
    }
}
