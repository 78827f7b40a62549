using Hangfire;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Jobs;

/// <summary>What a host calls after a comment's commit: enqueue <see cref="NotifyPostAuthor"/> for it.</summary>
public static partial class CommentJobs
{
    /// <summary>
    /// The comment is written whatever happens here: a queue that cannot take the job costs the author a
    /// notification (one warning), never the commenter an error.
    /// </summary>
    public static void NotifyPostAuthor(this IBackgroundJobClient jobs, int commentId, ILogger logger)
    {
        try
        {
            jobs.Enqueue<NotifyPostAuthor>(job => job.RunAsync(commentId, CancellationToken.None));
        }
        catch (BackgroundJobClientException exception)
        {
            var reason = exception.GetBaseException().Message;
            NotQueued(logger, commentId, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue the notification of comment {CommentId}: {Reason}")]
    private static partial void NotQueued(ILogger logger, int commentId, string reason);
}
