using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Jobs;

/// <summary>
/// Hangfire logs through one process-wide provider, which Hangfire.AspNetCore ties to the logger factory of the host
/// configured last: once that host stops (in the contract suite, where hosts come and go in one process), its
/// disposed factory would fail every other host's job logging. This provider writes to the factory of the most
/// recently started host that is still running (in a deployment, the one host of the process), and drops the line
/// when none is.
/// </summary>
public sealed class LiveHostsLogProvider : ILogProvider
{
    public static readonly LiveHostsLogProvider Instance = new();

    private readonly Lock gate = new();
    private readonly List<ILoggerFactory> running = [];

    private LiveHostsLogProvider()
    {
    }

    public void Started(ILoggerFactory factory)
    {
        lock (gate) running.Add(factory);
    }

    public void Stopped(ILoggerFactory factory)
    {
        lock (gate) running.Remove(factory);
    }

    public ILog GetLogger(string name) => new Log(this, name);

    private ILoggerFactory? Current()
    {
        lock (gate) return running.Count == 0 ? null : running[^1];
    }

    private sealed class Log(LiveHostsLogProvider provider, string name) : ILog
    {
        bool ILog.Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception) =>
            provider.Current() is { } factory && new AspNetCoreLogProvider(factory).GetLogger(name).Log(logLevel, messageFunc, exception);
    }
}
