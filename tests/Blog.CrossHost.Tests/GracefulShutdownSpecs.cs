using System.Net.Http.Headers;
using System.Text;
using Blog.ContractTests.Harness;

namespace Blog.CrossHost.Tests;

/// <summary>
/// SIGTERM (how systemd, Docker and Kubernetes stop a process) drains: a request in flight when it arrives still gets
/// its normal answer, and the host then exits with code 0.
/// </summary>
public sealed class GracefulShutdownSpecs
{
    public static TheoryData<string> Hosts() => new(HostProcess.Built.Keys);

    [Theory]
    [MemberData(nameof(Hosts))]
    public async Task Sigterm_lets_a_request_in_flight_finish_and_the_host_exits_0(string name)
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        try
        {
            await using var host = await HostProcess.StartAsync(name, database);
            using var api = new Api(new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) });
            var author = await api.NewUserAsync();
            var title = $"Written while the host stops {Guid.NewGuid():N}";
            using var body = new TrickledContent(Api.Serialize(new { title, content = "Its body arrives after the SIGTERM.", status = "published" }));
            using var request = new HttpRequestMessage(HttpMethod.Post, "posts") { Content = body };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", author.AccessToken);
            var mark = host.LineCount;

            var sending = api.Http.SendAsync(request, TestContext.Current.CancellationToken);
            await WaitForLineAsync(host, mark, "Request starting", "POST");
            host.Terminate();
            await WaitForLineAsync(host, mark, "Application is shutting down");
            body.Finish();
            using var response = await sending;

            var answer = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {answer}\n{host.Output()}");
            Assert.Equal(title, JsonNode.Parse(answer)!["title"]!.GetValue<string>());
            var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(15));
            Assert.True(exitCode == 0, $"exit code {exitCode}, expected 0:\n{host.Output()}");
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(database);
        }
    }

    /// <summary>Waits until the host logs a line, after <paramref name="mark"/>, holding every one of <paramref name="parts"/>.</summary>
    private static async Task WaitForLineAsync(HostProcess host, int mark, params string[] parts)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!host.LinesSince(mark).Any(line => parts.All(part => line.Contains(part, StringComparison.Ordinal))))
        {
            Assert.True(DateTime.UtcNow < deadline, $"{host.Name} logged no line with '{string.Join("', '", parts)}':\n{host.Output()}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>A JSON body of known length whose first half is sent at once and the rest only on <see cref="Finish"/>.</summary>
    private sealed class TrickledContent : HttpContent
    {
        private readonly byte[] _bytes;
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TrickledContent(string json)
        {
            _bytes = Encoding.UTF8.GetBytes(json);
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        public void Finish() => _finish.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            var half = _bytes.Length / 2;
            await stream.WriteAsync(_bytes.AsMemory(0, half));
            await stream.FlushAsync();
            await _finish.Task;
            await stream.WriteAsync(_bytes.AsMemory(half));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = _bytes.Length;
            return true;
        }
    }
}
