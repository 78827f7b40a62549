using Blog.Domain.Errors;
using FluentValidation;
using Mediator;

namespace CarterModules.Behaviours;

/// <summary>Like a zod-validating middleware: a message that breaks its validator's rules never reaches its handler (422).</summary>
public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        foreach (var validator in validators)
        foreach (var failure in (await validator.ValidateAsync(message, cancellationToken)).Errors)
            errors.Add(failure.PropertyName, failure.ErrorMessage);
        errors.ThrowIfAny();
        return await next(message, cancellationToken);
    }
}
