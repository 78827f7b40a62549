using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;

namespace Blog.Stack.Tests;

/// <summary>An instance that dies, or is stopped, behind the proxy.</summary>
public sealed class FailoverSpecs(StackFixture stack)
{
    private const int Writers = 8;
    private static readonly TimeSpan BeforeTheKill = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan AfterTheKill = TimeSpan.FromSeconds(2);
    // Requests in flight on the killed instance, or sent on a connection to it that the proxy had kept open, may
    // fail; later ones go to the survivor.
    private static readonly TimeSpan Settling = TimeSpan.FromSeconds(1);

    private sealed record Write(string Title, TimeSpan Started, int Status, string? Location);

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task An_instance_killed_mid_load_loses_no_acknowledged_write_and_the_proxy_keeps_answering(string host)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var direct = stack.Direct(stack.Instance(host, 0));
        var user = await direct.NewUserAsync();
        var prefix = StackFixture.PrefixOf(host);
        using var proxy = stack.RawProxyClient();
        var clock = Stopwatch.StartNew();
        var writes = new ConcurrentQueue<Write>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var title = "load " + Unique.Id();
                var started = clock.Elapsed;
                using var request = new HttpRequestMessage(HttpMethod.Post, $"{prefix}/posts")
                {
                    Content = Api.JsonContent(Api.Serialize(new { title, content = "Written under load.", status = "published" })),
                };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.AccessToken);
                try
                {
                    using var response = await proxy.SendAsync(request, cancellationToken);
                    writes.Enqueue(new Write(title, started, (int)response.StatusCode, response.Headers.Location?.OriginalString));
                }
                catch (HttpRequestException)
                {
                    writes.Enqueue(new Write(title, started, 0, null));
                }
            }
        })).ToList();

        TimeSpan killedAt;
        try
        {
            await Task.Delay(BeforeTheKill, cancellationToken);
            killedAt = clock.Elapsed;
            await stack.KillAsync(host, 1);
            await Task.Delay(AfterTheKill, cancellationToken);
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            var failed = writes.Where(w => w.Status != 201).ToList();
            // In flight at the kill, a write is the proxy's 502, or a dropped connection when the instance died while
            // its answer was being relayed: either way never acknowledged.
            Assert.True(failed.All(w => (w.Status is 502 or 0) && w.Started < killedAt + Settling),
                $"only a write in flight at the kill may fail, as a 502 of the proxy or a dropped connection; these failed: {string.Join(", ", failed.Select(w => $"{w.Status} at {w.Started.TotalMilliseconds:0} ms (kill at {killedAt.TotalMilliseconds:0} ms)"))}");
            Assert.Contains(writes, w => w.Status == 201 && w.Started > killedAt + Settling);

            // Every write the client saw acknowledged is there, read back through the proxy at its Location.
            var acknowledged = writes.Where(w => w.Status == 201).ToList();
            using var reader = stack.RawProxyClient();
            foreach (var write in acknowledged)
            {
                Assert.StartsWith(prefix + "/posts/", write.Location, StringComparison.Ordinal);
                using var response = await reader.GetAsync(write.Location, cancellationToken);
                var post = await response.ExpectObjectAsync();
                Assert.Equal(write.Title, post.Str("title"));
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(writers);
            await stack.ReplaceAsync(host, 1);
        }
    }

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task An_instance_stopped_with_SIGTERM_behind_the_proxy_finishes_its_request_and_exits_0(string host)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var direct = stack.Direct(stack.Instance(host, 0));
        var user = await direct.NewUserAsync();
        // Each login then takes seconds of hashing: long enough to be in flight when the signal comes.
        await SlowPassword.SetAsync(stack.Database, user.Id, user.Password, TimeSpan.FromSeconds(2));
        var prefix = StackFixture.PrefixOf(host);
        var victim = stack.Instance(host, 1);
        var mark = victim.LineCount;
        using var proxy = stack.RawProxyClient();
        var logins = new List<Task<HttpResponseMessage>>();
        try
        {
            // Round robin sends consecutive logins to the two instances in turn: within a few, one is the victim's.
            while (!victim.LinesSince(mark).Any(line => line.Contains("Request starting", StringComparison.Ordinal)
                && line.Contains("/auth/login", StringComparison.Ordinal)))
            {
                Assert.True(logins.Count < 4, $"the proxy sent none of {logins.Count} logins to the second instance:\n{victim.Output()}");
                logins.Add(proxy.PostAsync($"{prefix}/auth/login",
                    Api.JsonContent(Api.Serialize(new { username = user.Username, password = user.Password })), cancellationToken));
                await Task.Delay(300, cancellationToken);
            }

            victim.Terminate();
            var answers = await Task.WhenAll(logins);
            foreach (var answer in answers) await answer.ExpectStatusAsync(HttpStatusCode.OK);
            Assert.Equal(0, await victim.WaitForExitAsync(TimeSpan.FromSeconds(20)));
            // The proxy sends what comes next to the instance that is left.
            await (await proxy.GetAsync($"{prefix}/health", cancellationToken)).ExpectStatusAsync(HttpStatusCode.OK);
        }
        finally
        {
            foreach (var login in logins.Where(l => l.IsCompletedSuccessfully)) (await login).Dispose();
            await stack.ReplaceAsync(host, 1);
        }
    }
}
