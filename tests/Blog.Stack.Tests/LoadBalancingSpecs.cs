namespace Blog.Stack.Tests;

/// <summary>The proxy shares the requests for a host between its instances, and the instances share one login state.</summary>
public sealed class LoadBalancingSpecs(StackFixture stack)
{
    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task Requests_through_the_proxy_are_spread_over_both_instances(string host)
    {
        const int requests = 10;
        var instances = stack.Instances(host);
        var marks = instances.Select(i => i.LineCount).ToArray();
        var marker = Unique.Tag();
        using var api = stack.ThroughProxy(host);
        for (var i = 0; i < requests; i++) await (await api.GetAsync($"/posts?tag={marker}")).ExpectStatusAsync(HttpStatusCode.OK);

        var served = await StackHosts.ServedAsync(instances, marks, marker, requests);
        Assert.Equal(requests, served.Sum());
        Assert.All(served, count => Assert.True(count > 0, $"each instance serves some of the requests; they served {string.Join(" and ", served)}"));
    }

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task A_token_issued_by_one_instance_is_accepted_by_every_other(string host)
    {
        using var issuer = stack.Direct(stack.Instance(host, 0));
        var user = await issuer.NewUserAsync();
        foreach (var (other, _, _) in StackFixture.Hosts)
        {
            using var api = stack.Direct(stack.Instance(other, 1));
            var me = await (await api.GetAsync("/users/me", user.AccessToken)).ExpectObjectAsync();
            Assert.Equal(user.Id, me.Long("id"));
        }
    }

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task A_refresh_token_replayed_on_the_other_instance_is_refused_and_revokes_the_login(string host)
    {
        using var a = stack.Direct(stack.Instance(host, 0));
        using var b = stack.Direct(stack.Instance(host, 1));
        var user = await a.NewUserAsync();
        var rotated = await (await a.RefreshAsync(user.RefreshToken)).ExpectObjectAsync();

        await (await b.RefreshAsync(user.RefreshToken)).ExpectUnauthorizedAsync();
        // The whole login is revoked: the token instance A issued a moment ago no longer works there either.
        await (await a.RefreshAsync(rotated.Str("refresh_token"))).ExpectUnauthorizedAsync();
    }
}
