using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;
using Blog.Hosting.Json;

namespace MinimalApi.Validation;

/// <summary>
/// A custom validation attribute that asks one shared <see cref="FieldRules"/> rule, like a Pydantic
/// <c>AfterValidator</c>; presence is <see cref="RequiredAttribute"/>'s job. On a PATCH field (<see cref="Optional{T}"/>)
/// an absent value passes and an explicit null is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public abstract class FieldRuleAttribute<T>(Func<T?, string?> rule) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var message = value switch
        {
            Optional<T> { IsSet: false } => null,
            Optional<T> { Value: null } => FieldRules.NotNull,
            Optional<T> set => rule(set.Value),
            _ => rule((T?)value),
        };
        return message is null
            ? ValidationResult.Success
            : new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
