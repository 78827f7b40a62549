using Microsoft.Extensions.Logging;

namespace Blog.ContractTests.Specs;

/// <summary>
/// A race the database decides — a name taken, a slug taken, a post deleted meanwhile — is answered, and is no error
/// of the host: it logs nothing at Warning or above for it, and no exception. Reads the in-process host's log.
/// </summary>
public abstract class RaceLogSpecs(IBlogHost host) : ContractSpec(host)
{
    /// <summary>The host's log, emptied: set up first, then call this, then race.</summary>
    private CapturedLogs FreshLog()
    {
        RequireInProcess("Reading the host's log");
        var logs = Host.Logs ?? throw HttpJson.Fail("The in-process host captures no log.");
        logs.Clear();
        return logs;
    }

    private static void AssertNothingLoud(CapturedLogs logs, string race)
    {
        var loud = logs.Entries.Where(entry => entry.Level >= LogLevel.Warning || entry.Exception is not null).ToList();
        Assert.True(loud.Count == 0, $"{race} logged {loud.Count} entries at Warning or above or with an exception:\n{string.Join('\n', loud)}");
    }

    [Fact]
    public async Task Twenty_registrations_of_one_username_at_once_log_no_warning_and_no_exception()
    {
        var username = Unique.Username();
        var logs = FreshLog();
        var responses = await AllAtOnceAsync(20, (api, _) => api.RegisterAsync(username, Unique.Email(Unique.Username())));

        var statuses = responses.Select(r => (int)r.StatusCode).ToList();
        Assert.True(statuses.Count(s => s == 201) == 1 && statuses.Count(s => s == 409) == 19, $"got {string.Join(", ", statuses)}");
        AssertNothingLoud(logs, "Twenty registrations of one username");
    }

    /// <summary>
    /// Rounds of twenty comments racing their post's delete, until one comment passed the post check and then met the
    /// deleted row (the database's foreign key refused it: "deleted while this request was being handled"), or 40
    /// rounds. At least one round must have raced: a comment met the deleted row, or the delete split the comments
    /// (some 201, some 404); otherwise the race was not run at all.
    /// </summary>
    [Fact]
    public async Task Comments_on_a_post_being_deleted_log_no_warning_and_no_exception()
    {
        var author = await Api.NewUserAsync();
        var logs = FreshLog();
        var raced = 0;
        for (var round = 0; round < 40; round++)
        {
            var id = (await Api.CreatePostAsync(author)).Long("id");
            var responses = await AllAtOnceAsync(21, (api, i) => i == 10
                ? api.DeleteAsync($"/posts/{id}", author.AccessToken)
                : api.PostAsync($"/posts/{id}/comments", new { content = $"c{i}" }, author.AccessToken));

            Assert.Equal(HttpStatusCode.NoContent, responses[10].StatusCode);
            var comments = responses.Where((_, i) => i != 10).ToList();
            var statuses = comments.Select(r => (int)r.StatusCode).ToList();
            Assert.True(statuses.All(s => s is 201 or 404), $"a comment is created or finds the post gone, got {string.Join(", ", statuses)}");
            var details = await Task.WhenAll(comments.Where(r => r.StatusCode == HttpStatusCode.NotFound)
                .Select(async r => (await r.ExpectProblemAsync(HttpStatusCode.NotFound)).Str("detail")));
            var metTheDeletedRow = details.Any(d => d.Contains("deleted while", StringComparison.Ordinal));
            if (metTheDeletedRow || (statuses.Contains(201) && statuses.Contains(404))) raced++;
            if (metTheDeletedRow) break;
        }

        Assert.True(raced > 0, "in no round did the delete land between the comments' checks and writes: the race was never run");
        AssertNothingLoud(logs, "Comments on a post being deleted");
    }

    [Fact]
    public async Task Posts_with_one_title_created_at_once_log_no_warning_and_no_exception()
    {
        var author = await Api.NewUserAsync();
        var title = "Same title " + Unique.Id();
        var logs = FreshLog();
        var responses = await AllAtOnceAsync(10, (api, _) => api.PostAsync("/posts", new { title, content = "c" }, author.AccessToken));

        var posts = await Task.WhenAll(responses.Select(r => r.ExpectObjectAsync(HttpStatusCode.Created)));
        Assert.Equal(10, posts.Select(p => p.Str("slug")).Distinct().Count());
        AssertNothingLoud(logs, "Ten posts with one title");
    }
}
