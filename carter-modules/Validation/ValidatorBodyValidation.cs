using Blog.Hosting.OpenApi;
using FluentValidation;

namespace CarterModules.Validation;

/// <summary>
/// The OpenAPI document learns which body fields are required from the route's FluentValidation validator, the way
/// zod-to-openapi reads a zod schema: what the validator refuses a body without is required.
/// </summary>
public sealed class ValidatorBodyValidation : IBodyValidation
{
    public IReadOnlySet<string> RefusedFields(object body, IServiceProvider services) =>
        services.GetService(typeof(IValidator<>).MakeGenericType(body.GetType())) is IValidator validator
            ? validator.Validate(new ValidationContext<object>(body)).Errors.Select(e => e.PropertyName).ToHashSet()
            : [];
}
