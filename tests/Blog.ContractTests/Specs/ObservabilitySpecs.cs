using System.Text.RegularExpressions;

namespace Blog.ContractTests.Specs;

/// <summary>
/// GET /metrics, the Prometheus scrape: the request duration histogram by route template and status and the runtime's
/// GC (Npgsql's pool: tests/Blog.CrossHost.Tests/PoolMetricsSpecs, hosts as processes on PostgreSQL); and the W3C trace context: a caller's <c>traceparent</c> is the trace
/// a problem's <c>trace_id</c> names. The runners host many in-process hosts in one test process, whose meters a scrape
/// may see together, so each check asks that a series is there, never that it is alone or has a given count.
/// </summary>
public abstract partial class ObservabilitySpecs(IBlogHost host) : ContractSpec(host)
{
    [Fact]
    public async Task Metrics_have_the_request_duration_histogram_by_route_template_and_status()
    {
        var user = await Api.NewUserAsync();
        var post = await Api.CreatePostAsync(user);
        await Api.GetPostAsync(post.Long("id"));
        await (await Api.GetAsync("/posts/2000000000")).ExpectProblemAsync(HttpStatusCode.NotFound);

        await UntilScrapedAsync("the duration histogram of GET /posts/{id} with 200 and with 404", metrics =>
            new[] { "200", "404" }.All(status => Series(metrics, "http_server_request_duration_seconds_bucket").Any(labels =>
                labels.GetValueOrDefault("http_request_method") == "GET"
                && PostRoute().IsMatch(labels.GetValueOrDefault("http_route") ?? "")
                && labels.GetValueOrDefault("http_response_status_code") == status
                && labels.ContainsKey("le")))
            && Series(metrics, "http_server_request_duration_seconds_count").Count > 0);
    }

    [Fact]
    public async Task Metrics_have_the_garbage_collector()
    {
        await UntilScrapedAsync("a dotnet_gc_ metric of the runtime", metrics =>
            metrics.Any(line => line.StartsWith("dotnet_gc_collections_total", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_trace_id_of_a_problem_is_the_trace_of_the_callers_traceparent()
    {
        var traceId = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/posts/2000000000");
        request.Headers.Add("traceparent", $"00-{traceId}-00f067aa0ba902b7-01");
        var problem = await (await Api.Http.SendAsync(request, TestContext.Current.CancellationToken)).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(traceId, problem.Str("trace_id"));
    }

    [Fact]
    public async Task Without_a_traceparent_the_trace_id_of_a_problem_is_a_fresh_w3c_trace_id()
    {
        var first = await (await Api.GetAsync("/posts/2000000000")).ExpectProblemAsync(HttpStatusCode.NotFound);
        var second = await (await Api.GetAsync("/posts/2000000000")).ExpectProblemAsync(HttpStatusCode.NotFound);
        Assert.Matches("^[0-9a-f]{32}$", first.Str("trace_id"));
        Assert.NotEqual(first.Str("trace_id"), second.Str("trace_id"));
    }

    /// <summary>Scrapes until <paramref name="holds"/> (the exporter may serve a scrape cached a moment earlier).</summary>
    private async Task UntilScrapedAsync(string what, Func<IReadOnlyList<string>, bool> holds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var response = await Api.GetAsync("/metrics");
            await response.ExpectStatusAsync(HttpStatusCode.OK);
            var text = await response.Content.ReadAsStringAsync();
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            if (holds(lines)) return;
            if (DateTime.UtcNow > deadline) Assert.Fail($"/metrics has no {what}:\n{HttpJson.Truncate(text)}");
            await Task.Delay(250);
        }
    }

    /// <summary>The label sets of every sample of <paramref name="metric"/> in the text exposition format.</summary>
    private static List<Dictionary<string, string>> Series(IEnumerable<string> lines, string metric) =>
        lines.Where(line => line.StartsWith(metric + "{", StringComparison.Ordinal) || line.StartsWith(metric + " ", StringComparison.Ordinal))
            .Select(line => Label().Matches(line).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["value"].Value))
            .ToList();

    [GeneratedRegex("(?<name>[a-zA-Z_][a-zA-Z0-9_]*)=\"(?<value>[^\"]*)\"")]
    private static partial Regex Label();

    /// <summary>GET /posts/{id} as each host writes its template (a leading slash or not, a route constraint or not).</summary>
    [GeneratedRegex(@"^/?posts/\{id(:[a-z]+)?\}$")]
    private static partial Regex PostRoute();
}
