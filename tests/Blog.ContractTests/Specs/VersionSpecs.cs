using System.Text.RegularExpressions;

namespace Blog.ContractTests.Specs;

/// <summary>Contract, "Versions": 1.0 by default, 2.0 by query or header, its one change, and what is refused.</summary>
public abstract partial class VersionSpecs(IBlogHost host) : ContractSpec(host)
{
    private const string Supported = "1.0, 2.0";

    private Task<HttpResponseMessage> GetWithHeaderAsync(string path, string version, string? token = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("api-version", version);
        if (token is not null) request.Headers.Authorization = new("Bearer", token);
        return Api.Http.SendAsync(request);
    }

    private static void AssertSupportedVersions(HttpResponseMessage response) =>
        Assert.True(response.Headers.TryGetValues("api-supported-versions", out var values) && string.Join(", ", values) == Supported,
            $"{HttpJson.Describe(response)}: 'api-supported-versions' must be '{Supported}'.");

    [Fact]
    public async Task No_version_is_1_0_whose_post_page_has_a_total()
    {
        var response = await Api.GetAsync("/posts?limit=1");
        AssertSupportedVersions(response);
        HttpJson.AssertKeys(await response.ExpectObjectAsync(), "items", "next_cursor", "has_more", "total");
        HttpJson.AssertKeys(await (await Api.GetAsync("/posts?limit=1&api-version=1.0")).ExpectObjectAsync(), "items", "next_cursor", "has_more", "total");
    }

    [Fact]
    public async Task Version_2_0_by_query_or_header_lists_posts_without_a_total()
    {
        var author = await Api.NewUserAsync();
        var first = await Api.CreatePostAsync(author);
        var second = await Api.CreatePostAsync(author);
        foreach (var response in new[]
        {
            await Api.GetAsync($"/posts?author_id={author.Id}&limit=1&api-version=2.0"),
            await GetWithHeaderAsync($"/posts?author_id={author.Id}&limit=1", "2.0"),
            await GetWithHeaderAsync($"/posts?author_id={author.Id}&limit=1&api-version=2.0", "2.0"),
        })
        {
            AssertSupportedVersions(response);
            var page = await response.ExpectObjectAsync();
            HttpJson.AssertKeys(page, "items", "next_cursor", "has_more");
            Assert.Equal([second.Long("id")], Api.Ids(page));
            Assert.True(page.Bool("has_more"));
            var next = await (await Api.GetAsync($"/posts?author_id={author.Id}&limit=1&api-version=2.0&cursor={Uri.EscapeDataString(page.Str("next_cursor"))}"))
                .ExpectObjectAsync();
            Assert.Equal([first.Long("id")], Api.Ids(next));
            Assert.True(next.IsNull("next_cursor"));
        }
    }

    [Fact]
    public async Task Every_other_endpoint_answers_2_0_as_it_answers_1_0()
    {
        var author = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(author);
        foreach (var path in new[] { $"/posts/{post.Long("id")}", "/users/me", $"/users/{author.Id}", $"/posts/{post.Long("id")}/comments" })
        {
            var one = await (await Api.GetAsync(path, author.AccessToken)).ExpectObjectAsync();
            var two = await GetWithHeaderAsync(path, "2.0", author.AccessToken);
            AssertSupportedVersions(two);
            Assert.Equal(one.ToJsonString(), (await two.ExpectObjectAsync()).ToJsonString());
        }

        var created = await Api.PostAsync("/posts?api-version=2.0", new { title = "In 2.0", content = "Same." }, author.AccessToken);
        AssertSupportedVersions(created);
        await created.ExpectStatusAsync(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("/posts?api-version=3.0", "3.0")]
    [InlineData("/posts?api-version=abc", "abc")]
    [InlineData("/tags?api-version=1.1", "1.1")]
    [InlineData("/users/1?api-version=2.0&api-version=1.0", "2.0, 1.0")]
    public async Task An_unsupported_or_malformed_version_is_a_400_problem(string path, string asked)
    {
        var problem = await (await Api.GetAsync(path)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal($"Unsupported API version '{asked}': this API supports 1.0 and 2.0.", problem.Str("detail"));
    }

    [Fact]
    public async Task A_query_and_a_header_that_disagree_are_ambiguous_a_400_problem()
    {
        var response = await GetWithHeaderAsync("/posts?api-version=1.0", "2.0");
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("Unsupported API version '1.0, 2.0': this API supports 1.0 and 2.0.", problem.Str("detail"));
    }

    [Fact]
    public async Task Refusals_report_the_supported_versions_too()
    {
        AssertSupportedVersions(await Api.GetAsync("/posts/999999999"));
        AssertSupportedVersions(await Api.GetAsync("/users/me"));
        AssertSupportedVersions(await Api.GetAsync("/posts?api-version=3.0"));
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/metrics")]
    public async Task Operations_endpoints_are_not_versioned(string path)
    {
        var response = await Api.GetAsync(path + "?api-version=9.0");
        await response.ExpectStatusAsync(HttpStatusCode.OK);
        Assert.False(response.Headers.Contains("api-supported-versions"), $"{path} is not versioned.");
    }

    [Fact]
    public async Task A_2_0_post_page_does_not_count_every_match()
    {
        RequireInProcess("Counting SQL statements");
        var counter = Host.Statements ?? throw new InvalidOperationException("The in-process fixture counts no statements.");
        var author = await Api.NewUserAsync();
        for (var i = 0; i < 3; i++) await Api.CreatePostAsync(author, tags: [Unique.Tag()]);

        // The fewest statements of a few runs, and the texts of that run: background work never counts.
        async Task<(int Statements, bool CountsPosts)> CostAsync(string path)
        {
            await (await Api.GetAsync(path)).ExpectStatusAsync(HttpStatusCode.OK);
            var least = (Statements: int.MaxValue, CountsPosts: false);
            for (var i = 0; i < 3; i++)
            {
                counter.Reset();
                await (await Api.GetAsync(path)).ExpectStatusAsync(HttpStatusCode.OK);
                if (counter.Count < least.Statements) least = (counter.Count, counter.Texts.Any(text => CountOfPosts().IsMatch(text)));
            }

            return least;
        }

        var one = await CostAsync($"/posts?author_id={author.Id}");
        var two = await CostAsync($"/posts?author_id={author.Id}&api-version=2.0");
        Assert.True(one.CountsPosts, "a 1.0 page counts every matching post for its total");
        Assert.False(two.CountsPosts, "a 2.0 page has no total, so it counts no posts");
        Assert.True(two.Statements <= one.Statements, $"a 2.0 page cost {two.Statements} statements, a 1.0 page {one.Statements}");
    }

    /// <summary>A <c>count(*)</c> over the posts table (a post's comment count is over comments).</summary>
    [GeneratedRegex(@"count\(\*\)(::int)?\s+FROM\s+""?posts""?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CountOfPosts();
}
