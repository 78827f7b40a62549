using System.ComponentModel.DataAnnotations;

namespace MvcControllers.Admin.Shared;

/// <summary>A form field's validator (≈ a Django form field's <c>validators=[…]</c>) that asks one shared field rule.</summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class FieldRuleAttribute(Func<string?, string?> rule) : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        rule(value as string) is { } message
            ? new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
