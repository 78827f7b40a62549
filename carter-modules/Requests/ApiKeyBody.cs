using Blog.Domain.ApiKeys;
using Blog.Domain.Rules;
using CarterModules.Validation;
using FluentValidation;

namespace CarterModules.Requests;

/// <summary>The body of POST /users/me/api-keys.</summary>
public sealed record ApiKeyBody
{
    public string? Name { get; init; }

    public string? Scope { get; init; }

    public DateTime? ExpiresAt { get; init; }

    public sealed class Validator : AbstractValidator<ApiKeyBody>
    {
        public Validator(TimeProvider clock)
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Name).NotNull().WithMessage(FieldRules.Required).Text(ApiKeyRules.NameMax);
            RuleFor(x => x.Scope).NotNull().WithMessage(FieldRules.Required)
                .Must(scope => ApiKeyScopes.All.Contains(scope)).WithMessage(ApiKeyRules.ScopeMessage);
            RuleFor(x => x.ExpiresAt).Must(expiresAt => ApiKeyRules.ExpiresAt(expiresAt, Timestamps.Now(clock)) is null)
                .WithMessage(ApiKeyRules.ExpiresAtMessage);
        }
    }
}
