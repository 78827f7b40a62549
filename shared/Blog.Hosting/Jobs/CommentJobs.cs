using System.Threading.Channels;
using Hangfire;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Blog.Hosting.Jobs;

/// <summary>
/// What a host calls when it has created a comment: <see cref="NotifyPostAuthor"/> is enqueued for it, off the
/// request. Hangfire's client writes the job synchronously (a transaction of several statements), which would hold a
/// thread-pool thread per comment and starve the pool under load; here the request only hands the id to an in-memory
/// queue, and one loop enqueues the jobs. A job lost to a crash before it was enqueued, or dropped by a full queue,
/// is created by the notify-missed catch-up within five minutes.
/// </summary>
public sealed partial class CommentJobs(IBackgroundJobClient jobs, ILogger<CommentJobs> logger) : BackgroundService
{
    private readonly Channel<int> _comments = Channel.CreateBounded<int>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>
    /// Queued when the answer starts (<c>TryWrite</c> never waits: a full queue refuses the id at once), that is after the comment's commit — also under an <c>Idempotency-Key</c>,
    /// whose create commits only after the handler has returned — so that the job never looks for a comment not yet
    /// committed. An answer that is a failure queues nothing. The comment stays written whatever happens here.
    /// </summary>
    public void NotifyPostAuthorOnceCommitted(HttpResponse response, int commentId) =>
        response.OnStarting(() =>
        {
            if (response.StatusCode < StatusCodes.Status400BadRequest && !_comments.Writer.TryWrite(commentId))
                Dropped(logger, commentId);
            return Task.CompletedTask;
        });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var commentId in _comments.Reader.ReadAllAsync(stoppingToken)) Enqueue(commentId);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is still queued is enqueued below, before the host goes.
        }
        while (_comments.Reader.TryRead(out var commentId)) Enqueue(commentId);
    }

    private void Enqueue(int commentId)
    {
        try
        {
            jobs.Enqueue<NotifyPostAuthor>(job => job.RunAsync(commentId, CancellationToken.None));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A queue that cannot take the job costs the post's author a notification until the catch-up (one
            // warning), never the commenter an error, and never stops the loop (or, through it, the host).
            var reason = exception.GetBaseException().Message;
            NotQueued(logger, commentId, reason);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not enqueue the notification of comment {CommentId}: {Reason}")]
    private static partial void NotQueued(ILogger logger, int commentId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The notification of comment {CommentId} was not queued (the queue is full); the catch-up creates it")]
    private static partial void Dropped(ILogger logger, int commentId);
}
