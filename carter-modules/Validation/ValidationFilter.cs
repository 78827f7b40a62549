using Carter;
using FluentValidation;

namespace CarterModules.Validation;

/// <summary>
/// Like a `validate(schema)` middleware on one route: the bound <typeparamref name="TBody"/> is checked by its
/// validator before the handler runs, and a body that breaks a rule never reaches it (422 with `errors`).
/// </summary>
public sealed class ValidationFilter<TBody>(IValidatorLocator validators) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var body = context.Arguments.OfType<TBody>().Single();
        var validator = validators.GetValidator<TBody>()
            ?? throw new InvalidOperationException($"No validator for {typeof(TBody).Name}.");
        var result = await validator.ValidateAsync(new ValidationContext<TBody>(body), context.HttpContext.RequestAborted);
        result.ToFieldErrors().ThrowIfAny();
        return await next(context);
    }
}

public static class ValidationFilterExtensions
{
    /// <summary>`router.post('/', validate(schema), handler)`: runs <typeparamref name="TBody"/>'s validator on this route.</summary>
    public static RouteHandlerBuilder Validate<TBody>(this RouteHandlerBuilder route) =>
        route.AddEndpointFilter<ValidationFilter<TBody>>();
}
