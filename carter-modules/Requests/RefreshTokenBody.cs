using Blog.Domain.Rules;
using FluentValidation;

namespace CarterModules.Requests;

/// <summary>The body of POST /auth/refresh and POST /auth/logout.</summary>
public sealed record RefreshTokenBody
{
    public string? RefreshToken { get; init; }

    public sealed class Validator : AbstractValidator<RefreshTokenBody>
    {
        public Validator() => RuleFor(x => x.RefreshToken).NotNull().WithMessage(FieldRules.Required);
    }
}
