namespace Blog.ContractTests.Specs;

/// <summary>
/// docs/contract.md, "Rate limits", counted in Redis by two instances of one host (<see cref="RedisLimitsHostFixture{TProgram}"/>):
/// one window whichever instance a request reaches, exact under a race, and a Redis that goes away is a fast 503
/// (never an unlimited pass) from which the host recovers by itself.
/// </summary>
public abstract class RedisRateLimitSpecs(IRedisBlogHost host) : ContractSpec(host)
{
    private Api On(int instance, params HttpStatusCode[] allowed) => new(host.CreateClient(instance, allowed));

    [Fact]
    public async Task Writes_of_one_user_share_one_window_across_the_instances()
    {
        using var first = On(0);
        using var second = On(1);
        var user = await first.NewUserAsync();
        for (var i = 1; i <= 4; i++)
        {
            var created = await (i % 2 == 0 ? second : first).PostAsync("/posts", new { title = $"Write {i}", content = "Counted." }, user.AccessToken);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            RateLimitAssert.Headers(created, 4, 4 - i, 60);
        }

        await RateLimitAssert.RefusedAsync(await second.PostAsync("/posts", new { title = "Too many", content = "Refused." }, user.AccessToken), 4, 60);
        await RateLimitAssert.RefusedAsync(await first.PostAsync("/posts", new { title = "Too many", content = "Refused." }, user.AccessToken), 4, 60);
    }

    [Fact]
    public async Task Simultaneous_wrong_logins_on_both_instances_check_exactly_the_limit()
    {
        using var first = On(0);
        var user = await first.NewUserAsync();
        var clients = Enumerable.Range(0, 24).Select(i => On(i % 2)).ToList();
        try
        {
            using var start = new SemaphoreSlim(0);
            var attempts = clients.Select(async client =>
            {
                await start.WaitAsync();
                return await client.LoginAsync(user.Username, "wrong password");
            }).ToList();
            start.Release(clients.Count);
            var burst = await Task.WhenAll(attempts);

            Assert.True(burst.Count(r => r.StatusCode == HttpStatusCode.Unauthorized) == 3, Statuses(burst));
            Assert.True(burst.Count(r => (int)r.StatusCode == 429) == burst.Length - 3, Statuses(burst));
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task A_Redis_that_answers_with_an_error_makes_limited_requests_a_503_not_a_500()
    {
        using var first = On(0, HttpStatusCode.ServiceUnavailable);
        var user = await first.NewUserAsync();
        // Out of memory: every write is answered "-OOM command not allowed", as LOADING, READONLY or BUSY would be errors.
        Assert.Equal("+OK", await host.Redis.CommandAsync("CONFIG", "SET", "maxmemory", "1"));
        try
        {
            foreach (var send in new Func<Task<HttpResponseMessage>>[]
                     {
                         () => first.GetAsync("/posts"),
                         () => first.PostAsync("/posts", new { title = "Unlimited?", content = "No." }, user.AccessToken),
                         () => first.LoginAsync(user.Username),
                     })
            {
                var response = await send();
                await response.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
                Assert.Equal("5", Assert.Single(response.Headers.GetValues("Retry-After")));
            }
        }
        finally
        {
            Assert.Equal("+OK", await host.Redis.CommandAsync("CONFIG", "SET", "maxmemory", "0"));
        }

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/posts")).StatusCode);
    }

    [Fact]
    public async Task A_Redis_that_is_away_makes_limited_requests_a_fast_503_and_the_host_recovers_when_it_returns()
    {
        using var first = On(0, HttpStatusCode.ServiceUnavailable);
        using var second = On(1, HttpStatusCode.ServiceUnavailable);
        // A hang would be the client's timeout; the contract wants an answer as soon as the driver gives up.
        first.Http.Timeout = TimeSpan.FromSeconds(15);
        var user = await first.NewUserAsync();
        await host.Redis.StopAsync();
        try
        {
            foreach (var send in new Func<Task<HttpResponseMessage>>[]
                     {
                         () => first.GetAsync("/posts"),
                         () => first.PostAsync("/posts", new { title = "Unlimited?", content = "No." }, user.AccessToken),
                         () => first.LoginAsync(user.Username),
                     })
            {
                var response = await send();
                var problem = await response.ExpectProblemAsync(HttpStatusCode.ServiceUnavailable);
                Assert.Equal("5", Assert.Single(response.Headers.GetValues("Retry-After")));
                Assert.Contains("Redis", problem.Str("detail"), StringComparison.Ordinal);
            }

            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await first.GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/health")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/posts", user.AccessToken)).StatusCode);
        }
        finally
        {
            await host.Redis.RestartAsync();
        }

        var waited = System.Diagnostics.Stopwatch.StartNew();
        foreach (var instance in new[] { first, second })
        {
            while ((await instance.GetAsync("/health/ready")).StatusCode != HttpStatusCode.OK)
            {
                Assert.True(waited.Elapsed < TimeSpan.FromSeconds(60), "The host did not find Redis again within a minute.");
                await Task.Delay(250);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/posts")).StatusCode);
    }
}
