namespace Blog.ContractTests.Specs;

/// <summary>
/// Rotation, reuse detection and logout of one login race each other: whatever the order the host sees them in, a
/// login that was logged out or reused is over, and no token of it ever works again. Each race runs many trials,
/// enough to catch an interleaving that happens once in thirty.
/// </summary>
public abstract class TokenRaceSpecs(IBlogHost host) : ContractSpec(host)
{
    private const int Trials = 60;

    [Fact]
    public async Task A_refresh_racing_the_logout_of_its_login_never_outlives_it()
    {
        var user = await Api.NewUserAsync();
        var survivors = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var refresh = (await Api.LoginOkAsync(user.Username)).Str("refresh_token");
            var (rotated, logout) = await BothAtOnceAsync(api => api.RefreshAsync(refresh), api => api.LogoutAsync(refresh), Offset(trial));
            await logout.ExpectStatusAsync(HttpStatusCode.NoContent);
            await rotated.ExpectStatusInAsync(HttpStatusCode.OK, HttpStatusCode.Unauthorized);

            // The new token first: presenting the old one again would be a reuse, which revokes the login by itself.
            if (rotated.StatusCode == HttpStatusCode.OK)
            {
                var next = (await rotated.ExpectObjectAsync()).Str("refresh_token");
                if ((await Api.RefreshAsync(next)).StatusCode != HttpStatusCode.Unauthorized) survivors.Add($"trial {trial}");
            }
            await (await Api.RefreshAsync(refresh)).ExpectUnauthorizedAsync();
        }

        Assert.True(survivors.Count == 0, $"a token issued by a refresh that raced the logout still refreshed in {string.Join(", ", survivors)}");
    }

    [Fact]
    public async Task Simultaneous_refreshes_of_one_token_give_one_200_and_then_no_token_of_the_login_works()
    {
        var user = await Api.NewUserAsync();
        var failures = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            var refresh = (await Api.LoginOkAsync(user.Username)).Str("refresh_token");
            var responses = await AllAtOnceAsync(10, (api, _) => api.RefreshAsync(refresh));
            var winners = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
            Assert.True(winners.Count == 1 && responses.All(r => r.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized),
                $"trial {trial}: one refresh token presented ten times at once must work exactly once, got {Statuses(responses)}");

            // The nine reuses mean the token leaked: the winner's new token is revoked with the rest of the login.
            var next = (await winners[0].ExpectObjectAsync()).Str("refresh_token");
            if ((await Api.RefreshAsync(next)).StatusCode != HttpStatusCode.Unauthorized) failures.Add($"trial {trial}");
        }

        Assert.True(failures.Count == 0, $"the winner's token survived the reuse of its predecessor in {string.Join(", ", failures)}");
    }

    [Fact]
    public async Task Logout_racing_a_reuse_ends_the_login_either_way()
    {
        var user = await Api.NewUserAsync();
        for (var trial = 0; trial < Trials; trial++)
        {
            var first = (await Api.LoginOkAsync(user.Username)).Str("refresh_token");
            var second = (await (await Api.RefreshAsync(first)).ExpectObjectAsync()).Str("refresh_token");
            var (reuse, logout) = await BothAtOnceAsync(api => api.RefreshAsync(first), api => api.LogoutAsync(second), Offset(trial));
            await logout.ExpectStatusAsync(HttpStatusCode.NoContent);
            await reuse.ExpectUnauthorizedAsync();
            await (await Api.RefreshAsync(second)).ExpectUnauthorizedAsync();
        }
    }
}
