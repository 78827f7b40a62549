using System.ComponentModel.DataAnnotations;
using Blog.Domain.ApiKeys;
using Blog.Domain.Rules;

namespace MinimalApi.Validation;

public sealed class ApiKeyNameAttribute() : FieldRuleAttribute<string>(ApiKeyRules.Name);

public sealed class ApiKeyScopeAttribute() : FieldRuleAttribute<string>(ApiKeyRules.Scope);

/// <summary>An expiry must lie in the future of the host's clock (a Pydantic validator with a dependency).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class ApiKeyExpiryAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var clock = (TimeProvider?)validationContext.GetService(typeof(TimeProvider))
            ?? throw new InvalidOperationException("Validation runs without the request's services.");
        return ApiKeyRules.ExpiresAt((DateTime?)value, Timestamps.Now(clock)) is { } message
            ? new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
    }
}
