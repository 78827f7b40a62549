using System.Text.RegularExpressions;

namespace Blog.CrossHost.Tests;

/// <summary>
/// Each host's /metrics, the Prometheus scrape: the request duration histogram by route template and status, and
/// Npgsql's connection pool by state. Here rather than in the contract suite: these hosts are processes on PostgreSQL,
/// one host per process as in production. In a runner's process many in-process hosts make same-named meters, which
/// OpenTelemetry merges into one stream and stops when any one of those hosts is disposed
/// (open-telemetry/opentelemetry-dotnet#6412); and SQLite, which has no pool, is not asked about it.
/// </summary>
[Collection(nameof(HostsCollection))]
public sealed partial class MetricsSpecs(HostsFixture hosts)
{
    public static TheoryData<string> Hosts() => new(HostProcess.Built.Keys);

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Metrics_have_the_request_duration_histogram_by_route_template_and_status(string name)
    {
        using var api = hosts.Api(name);
        var user = await api.NewUserAsync();
        var post = await api.CreatePostAsync(user);
        await api.GetPostAsync(post.Long("id"));
        await (await api.GetAsync("/posts/2000000000")).ExpectProblemAsync(HttpStatusCode.NotFound);

        await UntilScrapedAsync(api, name, "the duration histogram of GET /posts/{id} with 200 and with 404", metrics =>
            new[] { "200", "404" }.All(status => Series(metrics, "http_server_request_duration_seconds_bucket").Any(labels =>
                labels.GetValueOrDefault("http_request_method") == "GET"
                && PostRoute().IsMatch(labels.GetValueOrDefault("http_route") ?? "")
                && labels.GetValueOrDefault("http_response_status_code") == status
                && labels.ContainsKey("le")))
            && Series(metrics, "http_server_request_duration_seconds_count").Count > 0);
    }

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Metrics_have_the_database_connection_pool_by_state(string name)
    {
        using var api = hosts.Api(name);
        await api.NewUserAsync();
        await UntilScrapedAsync(api, name, "pool count by state (idle and used)", metrics =>
        {
            var pool = Series(metrics, "db_client_connection_count");
            return pool.Any(labels => labels.GetValueOrDefault("db_client_connection_state") == "idle")
                && pool.Any(labels => labels.GetValueOrDefault("db_client_connection_state") == "used");
        });
    }

    /// <summary>Scrapes until <paramref name="holds"/> (the exporter may serve a scrape cached a moment earlier).</summary>
    private static async Task UntilScrapedAsync(Api api, string name, string what, Func<IReadOnlyList<string>, bool> holds)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var response = await api.GetAsync("/metrics");
            await response.ExpectStatusAsync(HttpStatusCode.OK);
            var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (holds(text.Split('\n', StringSplitOptions.RemoveEmptyEntries))) return;
            Assert.True(DateTime.UtcNow < deadline, $"{name}'s /metrics has no {what}:\n{HttpJson.Truncate(text)}");
            await Task.Delay(250, TestContext.Current.CancellationToken);
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
