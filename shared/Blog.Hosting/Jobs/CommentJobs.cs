using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Jobs;

/// <summary>What a host calls when it has created a comment: enqueue <see cref="NotifyPostAuthor"/> for it.</summary>
public static partial class CommentJobs
{
    /// <summary>
    /// Enqueued when the answer starts, that is after the comment's commit — also under an <c>Idempotency-Key</c>,
    /// whose create commits only after the handler has returned — so that the job never looks for a comment not yet
    /// committed. An answer that is a failure enqueues nothing. The comment stays written whatever happens here: a
    /// queue that cannot take the job costs the post's author a notification (one warning), never the commenter an
    /// error.
    /// </summary>
    public static void NotifyPostAuthorOnceCommitted(this IBackgroundJobClient jobs, HttpResponse response, int commentId, ILogger logger) =>
        response.OnStarting(() =>
        {
            if (response.StatusCode < StatusCodes.Status400BadRequest) Enqueue(jobs, commentId, logger);
            return Task.CompletedTask;
        });

    private static void Enqueue(IBackgroundJobClient jobs, int commentId, ILogger logger)
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
