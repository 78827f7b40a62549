using System.Text;
using Blog.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Blog.ContractTests.Specs;

/// <summary>What every spec class shares: the host, a lazily made <see cref="Support.Api"/>, and skips for in-process-only checks.</summary>
public abstract class ContractSpec(IBlogHost host) : IDisposable
{
    private Api? api;

    protected IBlogHost Host => host;

    /// <summary>A client of this test; disposed after it.</summary>
    protected Api Api => api ??= new Api(host.CreateClient());

    /// <summary>A second, independent client (e.g. for simultaneous requests).</summary>
    protected Api NewApi() => new(host.CreateClient());

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        api?.Dispose();
    }

    /// <summary>Sends <paramref name="count"/> requests, each from its own client, released together.</summary>
    protected async Task<HttpResponseMessage[]> AllAtOnceAsync(int count, Func<Api, int, Task<HttpResponseMessage>> send)
    {
        var clients = Enumerable.Range(0, count).Select(_ => NewApi()).ToList();
        try
        {
            using var start = new SemaphoreSlim(0);
            var tasks = clients.Select(async (api, i) =>
            {
                await start.WaitAsync();
                return await send(api, i);
            }).ToList();
            start.Release(count);
            return await Task.WhenAll(tasks);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>
    /// Two different requests released together, each from its own client; the second, if asked, a moment later
    /// (spun, not slept, so that sub-millisecond offsets are kept), which lets trials sweep the interleavings.
    /// </summary>
    protected async Task<(HttpResponseMessage First, HttpResponseMessage Second)> BothAtOnceAsync(
        Func<Api, Task<HttpResponseMessage>> first, Func<Api, Task<HttpResponseMessage>> second, TimeSpan secondLater = default)
    {
        var responses = await AllAtOnceAsync(2, (api, i) => i == 0 ? first(api) : Task.Run(() =>
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (waited.Elapsed < secondLater) Thread.SpinWait(20);
            return second(api);
        }));
        return (responses[0], responses[1]);
    }

    /// <summary>The offset of trial <paramref name="trial"/>: 0 to 4.75 ms in steps of a quarter millisecond, round and round.</summary>
    protected static TimeSpan Offset(int trial) => TimeSpan.FromMilliseconds(trial % 20 * 0.25);

    protected static string Statuses(IEnumerable<HttpResponseMessage> responses) =>
        string.Join(", ", responses.Select(r => (int)r.StatusCode));

    protected void RequireInProcess(string what)
    {
        if (host.IsRemote)
        {
            Assert.Skip($"{what} needs an in-process host; BLOG_BASE_URL targets a remote one.");
        }
    }

    /// <summary>
    /// Runs <paramref name="action"/> on a fresh <see cref="BlogDbContext"/> of the fixture's own on the in-process host's
    /// database (the shared schema, whatever the host reads it with), for the few specs that must set up or inspect what
    /// no endpoint shows. In remote mode (BLOG_BASE_URL) the test is skipped, with <paramref name="what"/> as the reason.
    /// </summary>
    protected async Task<T> WithDatabaseAsync<T>(string what, Func<BlogDbContext, Task<T>> action)
    {
        RequireInProcess(what);
        var inProcess = host as IInProcessBlogHost ?? throw new InvalidOperationException($"{what}: the host is not in process.");
        await using var db = inProcess.NewDbContext();
        return await action(db);
    }

    /// <summary>
    /// The key the host signs tokens with: its <c>Jwt:SigningKey</c> when in process, else the documented development key.
    /// Callers confirm it by having the host accept a token re-signed with it.
    /// </summary>
    protected byte[] SigningKeyGuess()
    {
        string? key = null;
        if (!host.IsRemote && host is IInProcessBlogHost inProcess)
        {
            key = inProcess.Services.GetService<IConfiguration>()?["Jwt:SigningKey"];
        }

        return Encoding.UTF8.GetBytes(string.IsNullOrEmpty(key) ? Blog.Data.Auth.JwtSettings.DevelopmentSigningKey : key);
    }

    protected static string Repeat(char c, int count) => new(c, count);

    /// <summary>A string of exactly <paramref name="length"/> characters that starts with a unique part.</summary>
    protected static string UniqueText(int length, char fill = 'x')
    {
        var prefix = Unique.Id();
        return length <= prefix.Length ? prefix[..length] : prefix + new string(fill, length - prefix.Length);
    }
}
