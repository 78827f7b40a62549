using System.Diagnostics;
using Mediator;

namespace CarterModules.Behaviours;

/// <summary>Logs which use case ran and how long it took; never the message itself, which may hold passwords.</summary>
public sealed class LoggingBehaviour<TMessage, TResponse>(ILogger<LoggingBehaviour<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var response = await next(message, cancellationToken);
            outcome = "done";
            return response;
        }
        finally
        {
            // The arguments are boxed into an array on every call: build them only when the line will be written.
            if (logger.IsEnabled(LogLevel.Debug))
                logger.LogDebug("{UseCase} {Outcome} in {ElapsedMs:0.0} ms",
                    typeof(TMessage).Name, outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }
}
