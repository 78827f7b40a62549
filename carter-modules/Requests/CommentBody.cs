using Blog.Domain.Rules;
using CarterModules.Validation;
using FluentValidation;

namespace CarterModules.Requests;

/// <summary>The body of POST /posts/{id}/comments.</summary>
public sealed record CommentBody
{
    public string? Content { get; init; }

    public sealed class Validator : AbstractValidator<CommentBody>
    {
        public Validator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Content).NotNull().WithMessage(FieldRules.Required).Text(Limits.CommentMax);
        }
    }
}
