using System.Diagnostics;
using Blog.Domain.Posts;
using Microsoft.EntityFrameworkCore;

namespace Blog.ContractTests.Specs;

/// <summary>
/// docs/contract.md, "The cache", on two instances of one host whose generation and distributed level are one Redis
/// (<see cref="RedisCacheHostFixture{TProgram}"/>): a write through either instance is seen by the next read on the
/// other, and a Redis that goes away makes the reads go to the database (fast) until it is back. Statements are
/// counted on anonymous reads (a token costs the statement that checks its user); while Redis is away the reads carry
/// a token, since an anonymous one is counted by its rate limit in Redis, a 503 then.
/// </summary>
public abstract class RedisCacheSpecs(IRedisBlogHost host) : ContractSpec(host)
{
    private Api On(int instance, params HttpStatusCode[] allowed) => new(host.CreateClient(instance, allowed));

    private static async Task<long?> CountOfAsync(Api api, string tag, TestUser reader)
    {
        var tags = await (await api.GetAsync("/tags", reader.AccessToken)).ExpectArrayAsync();
        return tags.Where(t => t!.Str("name") == tag).Select(t => (long?)t!.Long("post_count")).SingleOrDefault();
    }

    /// <summary>The statements of one anonymous read on <paramref name="api"/>; null when it was a 503.</summary>
    private async Task<int?> StatementsOfAsync(Api api)
    {
        var counter = host.Statements ?? throw new InvalidOperationException("The in-process fixture counts no statements.");
        counter.Reset();
        var response = await api.GetAsync("/tags");
        if (response.StatusCode == HttpStatusCode.ServiceUnavailable) return null;
        await response.ExpectStatusAsync(HttpStatusCode.OK);
        return counter.Count;
    }

    /// <summary>How many keys Redis holds (<c>DBSIZE</c>): a read with a token adds only its cached answer.</summary>
    private async Task<long> KeyCountAsync() =>
        long.Parse((await host.Redis.CommandAsync("DBSIZE")).TrimStart(':'), System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_write_answered_on_one_instance_is_seen_by_the_next_read_on_the_other()
    {
        using var first = On(0);
        using var second = On(1);
        var author = await first.NewUserAsync();
        var tag = Unique.Tag();
        for (var trial = 0; trial < 30; trial++)
        {
            var (writer, reader) = trial % 2 == 0 ? (first, second) : (second, first);
            // Both instances hold the current answer in memory, so that a stale one would be served.
            Assert.Equal(trial == 0 ? null : trial, await CountOfAsync(reader, tag, author));
            Assert.Equal(trial == 0 ? null : trial, await CountOfAsync(writer, tag, author));

            await writer.CreatePostAsync(author, tags: [tag]);

            Assert.Equal(trial + 1, await CountOfAsync(reader, tag, author));
        }
    }

    [Fact]
    public async Task An_answer_cached_by_one_instance_is_read_from_Redis_by_the_other()
    {
        using var first = On(0);
        using var second = On(1);
        var author = await first.NewUserAsync();
        await first.CreatePostAsync(author, tags: [Unique.Tag()]);

        var keys = await KeyCountAsync();
        var read = await (await first.GetAsync("/tags", author.AccessToken)).Content.ReadAsByteArrayAsync();
        // HybridCache writes the distributed level just after it has answered.
        var waited = Stopwatch.StartNew();
        while (await KeyCountAsync() == keys)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(5), "the answer did not reach Redis within 5 s");
            await Task.Delay(20);
        }

        Assert.Equal(0, await StatementsOfAsync(second));
        var other = await second.GetAsync("/tags", author.AccessToken);
        Assert.Equal(read, await other.Content.ReadAsByteArrayAsync());
        Assert.Equal(Conditional.TagOf(read), other.ETag());
    }

    [Fact]
    public async Task With_Redis_away_reads_go_to_the_database_at_once_and_the_cache_is_used_again_when_it_is_back()
    {
        RequireInProcess("Stopping Redis and changing the database behind the host");
        using var first = On(0, HttpStatusCode.ServiceUnavailable);
        var author = await first.NewUserAsync();
        var tag = Unique.Tag();
        var id = (await first.CreatePostAsync(author, tags: [tag])).Long("id");
        Assert.Equal(1, await CountOfAsync(first, tag, author));
        Assert.Equal(0, await StatementsOfAsync(first));

        await host.Redis.StopAsync();
        try
        {
            // A change no write of the API can make while Redis is away (their rate limit is counted there): made in
            // the database, so that only a read that skips the cache sees it.
            await WithDatabaseAsync("Changing a post behind the host", db =>
                db.Posts.Where(p => p.Id == id).ExecuteUpdateAsync(set => set.SetProperty(p => p.Status, PostStatus.Draft)));
            for (var i = 0; i < 3; i++)
            {
                var elapsed = Stopwatch.StartNew();
                Assert.Null(await CountOfAsync(first, tag, author));
                Assert.True(elapsed.Elapsed < TimeSpan.FromSeconds(5), $"a read took {elapsed.Elapsed} with Redis away: it must fail fast");
            }
        }
        finally
        {
            await host.Redis.RestartAsync();
        }

        // The connection comes back by itself; then the cache is used again, and writes move its generation again.
        var waited = Stopwatch.StartNew();
        while (await StatementsOfAsync(first) is null or > 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the cache was not used again within 30 s of Redis's return");
            await Task.Delay(100);
        }

        // The other instance too, for the next spec of this class.
        using var second = On(1, HttpStatusCode.ServiceUnavailable);
        while ((await second.GetAsync("/tags")).StatusCode == HttpStatusCode.ServiceUnavailable)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the second instance did not reach Redis again within 30 s of its return");
            await Task.Delay(100);
        }
        await (await first.PatchAsync($"/posts/{id}", new { status = "published" }, author.AccessToken)).ExpectStatusAsync(HttpStatusCode.OK);
        Assert.Equal(1, await CountOfAsync(first, tag, author));
        Assert.Equal(0, await StatementsOfAsync(first));
    }
}
