namespace Blog.ContractTests.Specs;

/// <summary>
/// GET /metrics, the Prometheus scrape: the runtime's GC (the request duration histogram and Npgsql's pool:
/// tests/Blog.CrossHost.Tests/MetricsSpecs, one host per process as in production); and the W3C trace context: a
/// caller's <c>traceparent</c> is the trace a problem's <c>trace_id</c> names.
/// </summary>
public abstract class ObservabilitySpecs(IBlogHost host) : ContractSpec(host)
{
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
}
