using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

// The time from sending POST /posts/{id}/comments to one instance until a reader connected to the hub of another
// (or the same) instance receives its commentCreated, over WebSockets, one comment at a time.
// Usage: HubLatency <write base URL> <hub base URL> <comments>; prints "<median ms> <p99 ms> <max ms>".
if (args.Length != 3 || !int.TryParse(args[2], CultureInfo.InvariantCulture, out var count) || count < 1)
{
    await Console.Error.WriteLineAsync("usage: HubLatency <write base URL> <hub base URL> <comments>");
    return 2;
}
const int warmUp = 20;
var writeBase = new Uri(args[0]);
var hubUrl = new Uri(new Uri(args[1]), "hubs/posts");

using var http = new HttpClient { BaseAddress = writeBase };
var author = await Api.TokenAsync(http, "latency-author");
var commenter = await Api.TokenAsync(http, "latency-reader");
var postId = await Api.CreatePublishedPostAsync(http, author);

var arrivals = new ConcurrentDictionary<string, TaskCompletionSource<long>>();
await using var hub = new HubConnectionBuilder()
    .WithUrl(hubUrl, options => { options.Transports = HttpTransportType.WebSockets; options.SkipNegotiation = true; })
    .Build();
hub.On<JsonElement>("commentCreated", comment =>
{
    var stamp = Stopwatch.GetTimestamp();
    if (arrivals.TryRemove(comment.GetProperty("content").GetString() ?? "", out var arrival)) arrival.TrySetResult(stamp);
});
await hub.StartAsync();
await hub.InvokeAsync("JoinPost", postId);

var latencies = new List<double>(count);
for (var i = 0; i < warmUp + count; i++)
{
    var content = $"latency comment {i}";
    var arrival = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
    arrivals[content] = arrival;
    var sent = Stopwatch.GetTimestamp();
    await Api.CommentAsync(http, commenter, postId, content);
    var received = await arrival.Task.WaitAsync(TimeSpan.FromSeconds(10));
    if (i >= warmUp) latencies.Add(Stopwatch.GetElapsedTime(sent, received).TotalMilliseconds);
}

latencies.Sort();
double Quantile(double q) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Quantile(0.5):F1} {Quantile(0.99):F1} {latencies[^1]:F1}"));
return 0;

internal static class Api
{
    public static async Task<string> TokenAsync(HttpClient http, string username)
    {
        var password = "latency-password";
        using var register = await http.PostAsJsonAsync("auth/register", new { username, email = $"{username}@example.io", password });
        register.EnsureSuccessStatusCode();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = username, ["password"] = password });
        using var login = await http.PostAsync(new Uri("auth/login", UriKind.Relative), form);
        login.EnsureSuccessStatusCode();
        var tokens = await login.Content.ReadFromJsonAsync<JsonElement>();
        return tokens.GetProperty("access_token").GetString()!;
    }

    public static async Task<int> CreatePublishedPostAsync(HttpClient http, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "posts")
        {
            Content = JsonContent.Create(new { title = "Latency", content = "A post to comment on.", status = "published" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public static async Task CommentAsync(HttpClient http, string token, int postId, string content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"posts/{postId}/comments")
        {
            Content = JsonContent.Create(new { content }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }
}
