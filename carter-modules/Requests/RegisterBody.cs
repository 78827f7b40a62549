using Blog.Domain.Rules;
using CarterModules.Validation;
using FluentValidation;

namespace CarterModules.Requests;

/// <summary>The body of POST /auth/register.</summary>
public sealed record RegisterBody
{
    public string? Username { get; init; }
    public string? Email { get; init; }
    public string? Password { get; init; }

    public sealed class Validator : AbstractValidator<RegisterBody>
    {
        public Validator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Username).NotNull().WithMessage(FieldRules.Required)
                .Length(Limits.UsernameMin, Limits.UsernameMax).WithMessage(FieldMessages.Between(Limits.UsernameMin, Limits.UsernameMax))
                .Matches(FieldPatterns.Username).WithMessage(FieldMessages.UsernameCharacters);
            RuleFor(x => x.Email).NotNull().WithMessage(FieldRules.Required)
                .MaximumLength(Limits.EmailMax).WithMessage(FieldMessages.AtMost(Limits.EmailMax))
                .NoNul()
                .Matches(FieldPatterns.Email).WithMessage(FieldMessages.Email);
            RuleFor(x => x.Password).NotNull().WithMessage(FieldRules.Required)
                .Length(Limits.PasswordMin, Limits.PasswordMax).WithMessage(FieldMessages.Between(Limits.PasswordMin, Limits.PasswordMax));
        }
    }
}
