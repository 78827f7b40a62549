namespace Blog.Stack.Tests;

/// <summary>What the proxy tells an instance about the client (X-Forwarded-*) counts only when the proxy says it.</summary>
public sealed class ForwardedHeaderSpecs(StackFixture stack)
{
    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task A_location_through_the_proxy_carries_the_hosts_prefix(string host)
    {
        using var api = stack.ThroughProxy(host);
        var user = await api.NewUserAsync();
        var created = await api.PostAsync("/posts", new { title = "Behind the proxy", content = "Where am I?", status = "published" }, user.AccessToken);
        await created.ExpectStatusAsync(HttpStatusCode.Created);
        var location = created.Headers.Location?.OriginalString;
        Assert.Matches($"^{StackFixture.PrefixOf(host)}/posts/[0-9]+$", location);

        using var client = stack.RawProxyClient();
        await (await client.GetAsync(location, TestContext.Current.CancellationToken)).ExpectStatusAsync(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task Forwarded_headers_sent_directly_to_an_instance_are_ignored(string host)
    {
        using var api = stack.Direct(stack.Instance(host, 0));
        var user = await api.NewUserAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/posts")
        {
            Content = Api.JsonContent("""{"title": "Forged", "content": "Not from the proxy."}"""),
        };
        request.Headers.Authorization = new("Bearer", user.AccessToken);
        request.Headers.Add("X-Forwarded-Prefix", "/elsewhere");
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var created = await api.Http.SendAsync(request, TestContext.Current.CancellationToken);
        await created.ExpectStatusAsync(HttpStatusCode.Created);
        Assert.Matches("^/posts/[0-9]+$", created.Headers.Location?.OriginalString);
    }

    /// <summary>Prometheus scrapes each instance; the proxy answers /metrics itself, with its own page, not a host's.</summary>
    [Theory]
    [MemberData(nameof(StackHosts.Names), MemberType = typeof(StackHosts))]
    public async Task Metrics_are_not_served_through_the_proxy(string host)
    {
        using var client = stack.RawProxyClient();
        foreach (var path in new[] { "/metrics", "/metrics/", "/METRICS" })
        {
            using var response = await client.GetAsync(StackFixture.PrefixOf(host) + path, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
