using Microsoft.EntityFrameworkCore;

namespace Blog.ContractTests.Specs;

/// <summary>
/// Idempotent creates (docs/contract.md "Idempotent creates"): a retry with one Idempotency-Key and request replays
/// the first 201 byte for byte and creates nothing, another request with the key is 422, simultaneous requests
/// make one row, and only a 201 is remembered, for 24 hours.
/// </summary>
public abstract class IdempotencySpecs(IBlogHost host) : ContractSpec(host)
{
    private const string Reused = "This Idempotency-Key was used with another request.";

    private static Task<HttpResponseMessage> CreateAsync(Api api, TestUser user, string path, string body, string? key) =>
        api.SendWithAsync(HttpMethod.Post, path, body, user.AccessToken, ("Idempotency-Key", key));

    private static string PostBody(string title) => $$"""{"title": "{{title}}", "content": "Once", "status": "published"}""";

    private async Task<long> TotalAsync(TestUser author) => (await Api.PageAsync($"/posts?author_id={author.Id}")).Long("total");

    [Fact]
    public async Task A_retry_with_the_key_replays_the_first_answer_byte_for_byte_and_creates_nothing()
    {
        var author = await Api.NewUserAsync();
        var key = Unique.Id();
        var body = PostBody("Once " + Unique.Id());
        using var first = await CreateAsync(Api, author, "/posts", body, key);
        await first.ExpectStatusAsync(HttpStatusCode.Created);
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));

        using var retry = await CreateAsync(Api, author, "/posts/", body, key);
        await retry.ExpectStatusAsync(HttpStatusCode.Created);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await retry.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal(first.ETag(), retry.ETag());
        Assert.Equal("true", retry.Header("Idempotent-Replayed"));
        Assert.Equal(1, await TotalAsync(author));
    }

    [Fact]
    public async Task A_comment_create_is_replayed_too()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        var key = Unique.Id();
        using var first = await CreateAsync(Api, author, $"/posts/{id}/comments", """{"content": "Said once"}""", key);
        using var retry = await CreateAsync(Api, author, $"/posts/{id}/comments", """{"content": "Said once"}""", key);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await retry.Content.ReadAsByteArrayAsync());
        Assert.Equal("true", retry.Header("Idempotent-Replayed"));
        Assert.Equal(1, (await Api.GetPostAsync(id)).Long("comment_count"));
    }

    [Fact]
    public async Task The_key_with_another_body_or_path_is_422()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        var key = Unique.Id();
        var body = PostBody("First " + Unique.Id());
        await (await CreateAsync(Api, author, "/posts", body, key)).ExpectStatusAsync(HttpStatusCode.Created);

        // The same JSON with other whitespace is another body: the bytes are compared.
        var problem = await (await CreateAsync(Api, author, "/posts", body.Replace(": ", ":", StringComparison.Ordinal), key))
            .ExpectValidationAsync("idempotency_key");
        Assert.Equal(Reused, problem.Str("detail"));
        await (await CreateAsync(Api, author, $"/posts/{id}/comments", """{"content": "x"}""", key)).ExpectProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(2, await TotalAsync(author));
    }

    [Fact]
    public async Task Keys_are_each_users_own()
    {
        var first = await Api.NewUserAsync();
        var second = await Api.NewUserAsync();
        var key = Unique.Id();
        var body = PostBody("Shared key " + Unique.Id());
        using var one = await CreateAsync(Api, first, "/posts", body, key);
        using var two = await CreateAsync(Api, second, "/posts", body, key);
        await two.ExpectStatusAsync(HttpStatusCode.Created);
        Assert.False(two.Headers.Contains("Idempotent-Replayed"));
        Assert.NotEqual(one.Headers.Location, two.Headers.Location);
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("tab\tkey")]
    [InlineData("256")]
    public async Task A_malformed_key_is_400(string key)
    {
        var author = await Api.NewUserAsync();
        if (key == "256") key = Repeat('k', 256);
        var problem = await (await CreateAsync(Api, author, "/posts", PostBody("Bad key"), key)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem["errors"]?["idempotency_key"] is JsonArray { Count: > 0 }, problem.ToJsonString());
        Assert.Equal(0, await TotalAsync(author));
    }

    [Fact]
    public async Task A_key_of_255_visible_characters_is_accepted()
    {
        var author = await Api.NewUserAsync();
        var key = (Unique.Id() + "!~" + Repeat('k', 255))[..255];
        await (await CreateAsync(Api, author, "/posts", PostBody("Long key"), key)).ExpectStatusAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_answer_other_than_201_is_not_remembered()
    {
        var author = await Api.NewUserAsync();
        var commenter = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author, status: "draft")).Long("id");
        var key = Unique.Id();
        const string body = """{"content": "Early"}""";
        await (await CreateAsync(Api, commenter, $"/posts/{id}/comments", body, key)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await Api.PatchAsync($"/posts/{id}", new { status = "published" }, author.AccessToken)).ExpectStatusAsync(HttpStatusCode.OK);
        using var retry = await CreateAsync(Api, commenter, $"/posts/{id}/comments", body, key);
        await retry.ExpectStatusAsync(HttpStatusCode.Created);
        Assert.False(retry.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task A_key_older_than_24_hours_is_forgotten()
    {
        var author = await Api.NewUserAsync();
        var key = Unique.Id();
        await (await CreateAsync(Api, author, "/posts", PostBody("Old " + Unique.Id()), key)).ExpectStatusAsync(HttpStatusCode.Created);
        await WithDatabaseAsync("Ageing an idempotency key", db =>
            db.IdempotencyRecords.Where(r => r.Key == key)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.CreatedAt, x => x.CreatedAt.AddHours(-25))));

        using var reused = await CreateAsync(Api, author, "/posts", PostBody("New " + Unique.Id()), key);
        await reused.ExpectStatusAsync(HttpStatusCode.Created);
        Assert.False(reused.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await TotalAsync(author));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Simultaneous_creates_with_one_key_make_one_row(int count)
    {
        var author = await Api.NewUserAsync();
        var post = (await Api.CreatePostAsync(author)).Long("id");
        const int trials = 30;
        for (var trial = 0; trial < trials; trial++)
        {
            var key = Unique.Id();
            var commentsTrial = trial % 2 == 1;
            var path = commentsTrial ? $"/posts/{post}/comments" : "/posts";
            var body = commentsTrial ? """{"content": "Raced"}""" : PostBody("Raced " + Unique.Id());
            var answers = await AllAtOnceAsync(count, (api, _) => CreateAsync(api, author, path, body, key));
            Assert.True(answers.All(a => a.StatusCode == HttpStatusCode.Created), $"Trial {trial}: {Statuses(answers)}");
            var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
            Assert.Single(bodies.Distinct());
            Assert.Equal(count - 1, answers.Count(a => a.Headers.Contains("Idempotent-Replayed")));
        }

        Assert.Equal(1 + trials / 2, await TotalAsync(author));
        Assert.Equal(trials / 2, (await Api.GetPostAsync(post)).Long("comment_count"));
    }
}
