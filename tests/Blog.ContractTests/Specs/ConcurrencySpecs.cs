namespace Blog.ContractTests.Specs;

/// <summary>Races a client can start: the database's uniqueness, not a check-then-insert, decides, and nothing is a 500.</summary>
public abstract class ConcurrencySpecs(IBlogHost host) : ContractSpec(host)
{
    private static async Task AssertOneWinnerAsync(HttpResponseMessage[] responses, HttpStatusCode winner, HttpStatusCode loser)
    {
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == winner) == 1 && statuses.Count(s => s == loser) == responses.Length - 1,
            $"expected one {(int)winner} and {responses.Length - 1} × {(int)loser}, got {string.Join(", ", statuses.Select(s => (int)s))}");
        foreach (var response in responses.Where(r => r.StatusCode == loser))
        {
            await response.ExpectProblemAsync(loser);
        }
    }

    [Fact]
    public async Task Twenty_simultaneous_registrations_of_one_username_give_one_201_and_nineteen_409()
    {
        var username = Unique.Username();
        var responses = await AllAtOnceAsync(20, (api, _) => api.RegisterAsync(username, Unique.Email(Unique.Username())));
        await AssertOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict);
        await Api.LoginOkAsync(username);
    }

    [Fact]
    public async Task Simultaneous_registrations_of_one_username_in_different_cases_give_one_201()
    {
        var username = "Case_" + Unique.Id();
        var responses = await AllAtOnceAsync(12, (api, i) => api.RegisterAsync(
            i % 3 == 0 ? username : i % 3 == 1 ? username.ToUpperInvariant() : username.ToLowerInvariant(), Unique.Email(Unique.Username())));
        await AssertOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Twenty_simultaneous_registrations_of_one_email_give_one_201_and_nineteen_409()
    {
        var email = Unique.Email(Unique.Username());
        var responses = await AllAtOnceAsync(20, (api, i) => api.RegisterAsync(Unique.Username(), i % 2 == 0 ? email : email.ToUpperInvariant()));
        await AssertOneWinnerAsync(responses, HttpStatusCode.Created, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task One_refresh_token_presented_at_once_works_exactly_once()
    {
        var user = await Api.NewUserAsync();
        var responses = await AllAtOnceAsync(8, (api, _) => api.RefreshAsync(user.RefreshToken));
        var statuses = responses.Select(r => r.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) == 1, $"a refresh token works exactly once, got {string.Join(", ", statuses.Select(s => (int)s))}");
        Assert.True(statuses.All(s => s is HttpStatusCode.OK or HttpStatusCode.Unauthorized), $"got {string.Join(", ", statuses.Select(s => (int)s))}");
        foreach (var response in responses.Where(r => r.StatusCode == HttpStatusCode.Unauthorized))
        {
            await response.ExpectUnauthorizedAsync();
        }
    }

    [Fact]
    public async Task Simultaneous_logins_each_get_their_own_tokens()
    {
        var user = await Api.NewUserAsync();
        var responses = await AllAtOnceAsync(10, (api, _) => api.LoginAsync(user.Username));
        var bodies = await Task.WhenAll(responses.Select(r => r.ExpectObjectAsync(HttpStatusCode.OK)));
        Assert.Equal(10, bodies.Select(b => b.Str("refresh_token")).Distinct().Count());
    }

    [Fact]
    public async Task Simultaneous_deletes_of_one_post_give_one_204()
    {
        var user = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(user)).Long("id");
        await Api.CreateCommentAsync(user, id);
        var responses = await AllAtOnceAsync(8, (api, _) => api.DeleteAsync($"/posts/{id}", user.AccessToken));
        await AssertOneWinnerAsync(responses, HttpStatusCode.NoContent, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Simultaneous_renames_to_one_title_get_distinct_slugs()
    {
        var user = await Api.NewUserAsync();
        var posts = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            posts.Add((await Api.CreatePostAsync(user)).Long("id"));
        }

        var title = "Renamed " + Unique.Id();
        var responses = await AllAtOnceAsync(8, (api, i) => api.PatchAsync($"/posts/{posts[i]}", new { title }, user.AccessToken));
        var slugs = (await Task.WhenAll(responses.Select(r => r.ExpectObjectAsync()))).Select(p => p.Str("slug")).ToList();
        Assert.Equal(8, slugs.Distinct().Count());
        Assert.Contains(title.ToLowerInvariant().Replace(' ', '-'), slugs);
    }

    [Fact]
    public async Task Simultaneous_comments_are_all_kept_and_counted()
    {
        var author = await Api.NewUserAsync();
        var id = (await Api.CreatePostAsync(author)).Long("id");
        var responses = await AllAtOnceAsync(20, (api, i) => api.PostAsync($"/posts/{id}/comments", new { content = $"c{i}" }, author.AccessToken));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(20, (await Api.GetPostAsync(id)).Long("comment_count"));
        Assert.Equal(20, (await Api.PageAsync($"/posts/{id}/comments")).Long("total"));
    }

    [Fact]
    public async Task Simultaneous_posts_of_many_users_all_land()
    {
        var users = await Task.WhenAll(Enumerable.Range(0, 5).Select(async _ =>
        {
            using var api = NewApi();
            return await api.NewUserAsync();
        }));
        var tag = Unique.Tag();
        var responses = await AllAtOnceAsync(20, (api, i) => api.PostAsync("/posts", new { title = $"Crowd {i}", content = "c", status = "published", tags = new[] { tag } }, users[i % 5].AccessToken));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(20, (await Api.PageAsync($"/posts?tag={tag}")).Long("total"));
    }
}
