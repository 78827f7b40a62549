using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Caching;

/// <summary>What the cache logs: each time Redis made it step aside.</summary>
internal static partial class CacheLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The cache of {Name} was skipped: Redis, which holds its generation, is unavailable ({Reason})")]
    public static partial void ReadWithoutCache(ILogger logger, string name, string reason);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "A write answered without moving the cache's generation: Redis is unavailable ({Reason}); cached answers may be stale for up to {Seconds} s")]
    public static partial void WriteNotCounted(ILogger logger, string reason, int seconds);
}
