using System.Text.Json;
using Blog.ContractTests.Harness;

namespace Blog.CrossHost.Tests;

/// <summary>
/// A host in Production logs JSON lines only: one per request with method, route template, status, duration, user id,
/// request id and the W3C trace id — the trace_id of the problem the client got — and never a password or a token
/// of the calls that carry them (register, login, refresh, an authenticated request), nor an API key, used or refused.
/// </summary>
public sealed class ProductionLogSpecs
{
    private const string Password = "pr0duction-pass-phrase";

    public static TheoryData<string> Hosts() => new(HostProcess.Built.Keys);

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task In_production_every_line_is_json_and_the_request_line_carries_the_problems_trace_id_and_no_secret(string name)
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await using var host = await HostProcess.StartAsync(name, database, new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Jwt__SigningKey"] = "production-log-spec-signing-key-" + Guid.NewGuid().ToString("N"),
            });
            using var api = new Api(new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) });
            var username = Unique.Username();
            var registered = await (await api.RegisterAsync(username, Unique.Email(username), Password)).ExpectObjectAsync(HttpStatusCode.Created);
            var login = await (await api.LoginAsync(username, Password)).ExpectObjectAsync();
            var refreshed = await (await api.RefreshAsync(login.Str("refresh_token"))).ExpectObjectAsync();
            var apiKey = (await (await api.PostAsync("/users/me/api-keys", new { name = "log spec", scope = "read" }, refreshed.Str("access_token")))
                .ExpectObjectAsync(HttpStatusCode.Created)).Str("key");
            await (await WithApiKeyAsync(api, apiKey)).ExpectStatusAsync(HttpStatusCode.OK);
            var refusedKey = apiKey[..^4] + "AAAA";
            await (await WithApiKeyAsync(api, refusedKey)).ExpectStatusAsync(HttpStatusCode.Unauthorized);
            var problem = await (await api.GetAsync("/posts/2000000000", refreshed.Str("access_token"))).ExpectProblemAsync(HttpStatusCode.NotFound);
            var traceId = problem.Str("trace_id");
            Assert.Matches("^[0-9a-f]{32}$", traceId);

            var line = await RequestLineAsync(host, traceId);
            var state = line["State"] as JsonObject ?? throw new InvalidOperationException($"the request line has no State: {line.ToJsonString()}");
            Assert.Equal("GET", state.Str("Method"));
            Assert.Matches(@"^/?posts/\{id(:[a-z]+)?\}$", state.Str("Route"));
            Assert.Equal(404, (int)state["StatusCode"]!);
            Assert.True((double)state["ElapsedMs"]! >= 0, $"ElapsedMs: {state.ToJsonString()}");
            Assert.Equal(registered.Long("id"), (long)state["UserId"]!);
            Assert.False(string.IsNullOrEmpty(state.Str("RequestId")), $"RequestId: {state.ToJsonString()}");
            Assert.EndsWith("Z", line.Str("Timestamp"), StringComparison.Ordinal);

            var lines = host.LinesSince(0);
            foreach (var text in lines)
                Assert.True(IsJsonObject(text), $"{name} wrote a line that is no JSON object in Production: {text}\n{host.Output()}");
            foreach (var secret in new[] { Password, login.Str("access_token"), login.Str("refresh_token"), refreshed.Str("access_token"), refreshed.Str("refresh_token"), apiKey, refusedKey })
                Assert.DoesNotContain(lines, text => text.Contains(secret, StringComparison.Ordinal));
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    private static async Task<HttpResponseMessage> WithApiKeyAsync(Api api, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/users/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("ApiKey", key);
        return await api.Http.SendAsync(request);
    }

    /// <summary>The request line whose trace id is <paramref name="traceId"/>, once the host has written it.</summary>
    private static async Task<JsonObject> RequestLineAsync(HostProcess host, string traceId)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (true)
        {
            var line = host.LinesSince(0).Where(IsJsonObject).Select(text => JsonNode.Parse(text)!.AsObject())
                .FirstOrDefault(entry => entry["State"]?["TraceId"]?.GetValue<string>() == traceId
                    && entry["State"]?["Route"] is not null);
            if (line is not null) return line;
            Assert.True(DateTime.UtcNow < deadline, $"{host.Name} logged no request line with the trace id {traceId}:\n{host.Output()}");
            await Task.Delay(100);
        }
    }

    private static bool IsJsonObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
