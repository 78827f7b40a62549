using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Blog.ContractTests.Harness;

/// <summary>One entry an in-process host logged.</summary>
public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception)
{
    public override string ToString() => $"{Level} {Category}: {Message}" + (Exception is null ? "" : $" [{Exception.GetType().Name}]");
}

/// <summary>
/// A logger provider that keeps every entry an in-process host writes, after the host's own filters (its
/// appsettings.json levels), so a spec sees what the host would print.
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    /// <summary>The entries logged since the last <see cref="Clear"/>.</summary>
    public IReadOnlyList<LogEntry> Entries => entries.ToArray();

    public void Clear() => entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
    }
}
