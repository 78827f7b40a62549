using System.ComponentModel.DataAnnotations;
using Blog.Hosting.Json;

namespace Blog.Hosting.Validation;

/// <summary>
/// A data annotation that asks one shared <see cref="Domain.Rules.FieldRules"/> rule. On a PATCH field
/// (<see cref="Optional{T}"/>) an absent value passes and an explicit null is refused.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public abstract class FieldRuleAttribute<T>(Func<T?, string?> rule) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var message = value switch
        {
            Optional<T> { IsSet: false } => null,
            Optional<T> { Value: null } => Domain.Rules.FieldRules.NotNull,
            Optional<T> set => rule(set.Value),
            _ => rule((T?)value),
        };
        return message is null
            ? ValidationResult.Success
            : new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null);
    }
}
