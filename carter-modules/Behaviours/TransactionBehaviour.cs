using CarterModules.Data;
using Mediator;

namespace CarterModules.Behaviours;

/// <summary>
/// A use case marked <see cref="ITransactional"/> runs in one write transaction: committed when its handler returns,
/// rolled back when it throws. Others run statement by statement (each is atomic on its own).
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(Db db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (message is not ITransactional) return await next(message, cancellationToken);
        try
        {
            var transaction = await db.BeginAsync(cancellationToken);
            var response = await next(message, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        finally
        {
            await db.EndAsync();
        }
    }
}
