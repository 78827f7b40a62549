using Blog.ContractTests.Counting;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.ContractTests.Specs;

/// <summary>
/// A page costs a fixed number of SQL statements whatever its limit (no N+1), counted by the fixture's
/// <see cref="StatementCounter"/> (see <see cref="StatementCounting"/>). Needs an in-process host. Each spec class has its own host, and the tests
/// of a class run one at a time, and a seed waits for the notification jobs its comments enqueued, so nothing else
/// sends statements while one is measured.
/// </summary>
public abstract class StatementCountSpecs(IBlogHost host) : ContractSpec(host)
{
    private StatementCounter Counter()
    {
        RequireInProcess("Counting SQL statements");
        return Host.Statements ?? throw new InvalidOperationException("The in-process fixture counts no statements.");
    }

    /// <summary>The statements one request costs: the least of a few runs (after a warm-up), so background work never inflates it.</summary>
    private async Task<int> CostAsync(string path, string? token = null)
    {
        var counter = Counter();
        await (await Api.GetAsync(path, token)).ExpectStatusAsync(HttpStatusCode.OK);
        var least = int.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            counter.Reset();
            await (await Api.GetAsync(path, token)).ExpectStatusAsync(HttpStatusCode.OK);
            least = Math.Min(least, counter.Count);
        }

        return least;
    }

    /// <summary>An author with 12 published posts, each with 3 tags and comments by several users.</summary>
    private async Task<(TestUser Author, string Tag, List<long> Posts)> SeedAsync()
    {
        Counter();
        var author = await Api.NewUserAsync();
        var commenters = new[] { await Api.NewUserAsync(), await Api.NewUserAsync(), await Api.NewUserAsync() };
        var tag = Unique.Tag();
        var posts = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var id = (await Api.CreatePostAsync(author, title: $"Counted {i} {Unique.Id()}", tags: [tag, Unique.Tag(), Unique.Tag()])).Long("id");
            posts.Add(id);
            for (var c = 0; c <= i % 3; c++)
            {
                await Api.CreateCommentAsync(commenters[c], id);
            }
        }

        await UntilJobsHaveRunAsync();
        return (author, tag, posts);
    }

    /// <summary>Each comment enqueues a notification job, whose statement the counter would see if it ran mid-measure.</summary>
    private async Task UntilJobsHaveRunAsync()
    {
        var monitoring = ((IInProcessBlogHost)Host).Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (monitoring.EnqueuedCount("default") + monitoring.ProcessingCount() > 0)
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(10), "the seed's notification jobs did not run");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task A_post_page_costs_the_same_statements_for_limit_5_and_limit_100()
    {
        var (author, tag, _) = await SeedAsync();
        var five = await CostAsync($"/posts?author_id={author.Id}&limit=5");
        var hundred = await CostAsync($"/posts?author_id={author.Id}&limit=100");
        Assert.True(five > 0, "the counter counts the host's statements");
        Assert.True(five == hundred, $"limit=5 cost {five} statements and limit=100 (12 posts) cost {hundred}: a page must cost a fixed number");

        var cursor = (await Api.PageAsync($"/posts?author_id={author.Id}&limit=5")).Str("next_cursor");
        var second = await CostAsync($"/posts?author_id={author.Id}&limit=5&cursor={Uri.EscapeDataString(cursor)}");
        Assert.True(five == second, $"the first page cost {five} statements and the second {second}");

        var filteredFive = await CostAsync($"/posts?tag={tag}&search=Counted&sort=title&limit=5");
        var filteredHundred = await CostAsync($"/posts?tag={tag}&search=Counted&sort=title&limit=100");
        Assert.True(filteredFive == filteredHundred, $"filtered: limit=5 cost {filteredFive}, limit=100 cost {filteredHundred}");
    }

    [Fact]
    public async Task An_authenticated_post_page_costs_the_same_statements_for_any_limit()
    {
        var (author, _, _) = await SeedAsync();
        var five = await CostAsync($"/posts?author_id={author.Id}&limit=5", author.AccessToken);
        var hundred = await CostAsync($"/posts?author_id={author.Id}&limit=100", author.AccessToken);
        Assert.True(five == hundred, $"limit=5 cost {five} statements and limit=100 cost {hundred}");
    }

    [Fact]
    public async Task A_comment_page_costs_the_same_statements_for_limit_2_and_limit_100()
    {
        Counter();
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        for (var i = 0; i < 12; i++)
        {
            await Api.CreateCommentAsync(await Api.NewUserAsync(), id);
        }

        var two = await CostAsync($"/posts/{id}/comments?limit=2");
        var hundred = await CostAsync($"/posts/{id}/comments?limit=100");
        Assert.True(two > 0);
        Assert.True(two == hundred, $"limit=2 cost {two} statements and limit=100 (12 comments by 12 users) cost {hundred}");
    }

    [Fact]
    public async Task A_single_post_costs_the_same_statements_whatever_its_tags_and_comments()
    {
        Counter();
        var author = await Api.NewUserAsync();
        var bare = (await Api.CreatePostAsync(author)).Long("id");
        var rich = (await Api.CreatePostAsync(author, tags: Enumerable.Range(0, 10).Select(_ => Unique.Tag()).ToList())).Long("id");
        for (var i = 0; i < 5; i++)
        {
            await Api.CreateCommentAsync(author, rich);
        }

        var bareCost = await CostAsync($"/posts/{bare}");
        var richCost = await CostAsync($"/posts/{rich}");
        Assert.True(bareCost == richCost, $"a post without tags cost {bareCost} statements, one with 10 tags and 5 comments {richCost}");
    }

    [Fact]
    public async Task The_tag_list_costs_the_same_statements_however_many_tags_exist()
    {
        Counter();
        var author = await Api.NewUserAsync();
        await Api.CreatePostAsync(author, tags: [Unique.Tag()]);
        var before = await CostAsync("/tags");
        for (var i = 0; i < 5; i++)
        {
            await Api.CreatePostAsync(author, tags: Enumerable.Range(0, 5).Select(_ => Unique.Tag()).ToList());
        }

        var after = await CostAsync("/tags");
        Assert.True(before == after, $"/tags cost {before} statements, then {after} with 25 more tags");
    }

    [Fact]
    public async Task Health_does_not_touch_the_database()
    {
        Counter();
        var user = await Api.NewUserAsync();
        Assert.Equal(0, await CostAsync("/health"));
        Assert.Equal(0, await CostAsync("/health", user.AccessToken));
    }

    [Fact]
    public async Task A_conditional_GET_answered_304_costs_no_statement_more_than_the_plain_GET()
    {
        var (author, _, posts) = await SeedAsync();
        var counter = Counter();
        foreach (var path in new[] { $"/posts?author_id={author.Id}&limit=5", $"/posts/{posts[0]}" })
        {
            var plain = await CostAsync(path);
            using var first = await Api.GetAsync(path);
            var tag = first.ETag();
            counter.Reset();
            using var conditional = await Api.SendWithAsync(HttpMethod.Get, path, null, null, ("If-None-Match", tag));
            await conditional.ExpectStatusAsync(HttpStatusCode.NotModified);
            Assert.True(counter.Count <= plain, $"GET {path} cost {plain} statements, answered 304 it cost {counter.Count}.");
        }
    }
}
