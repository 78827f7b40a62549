using Blog.Hosting.OpenApi;
using Carter;
using FluentValidation;

namespace CarterModules.Validation;

/// <summary>
/// The OpenAPI document learns which body fields are required from the route's FluentValidation validator, the way
/// zod-to-openapi reads a zod schema: what the validator refuses a body without is required.
/// </summary>
public sealed class ValidatorBodyValidation(IValidatorLocator validators) : IBodyValidation
{
    public IReadOnlySet<string> RefusedFields(object body, IServiceProvider services) =>
        validators.GetValidator(body.GetType()) is { } validator
            ? validator.Validate(new ValidationContext<object>(body)).ToFieldErrors().ToDictionary().Keys.ToHashSet()
            : [];
}
