using Blog.Domain.Rules;
using CarterModules.Validation;
using FluentValidation;

namespace CarterModules.Requests;

/// <summary>The body of POST /posts and PUT /posts/{id}: title and content required; no status is draft, no tags none.</summary>
public sealed record PostBody
{
    public string? Title { get; init; }
    public string? Content { get; init; }
    public string? Status { get; init; }
    public List<string>? Tags { get; init; }

    public sealed class Validator : AbstractValidator<PostBody>
    {
        public Validator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Title).NotNull().WithMessage(FieldRules.Required).Text(Limits.TitleMax);
            RuleFor(x => x.Content).NotNull().WithMessage(FieldRules.Required).Text(Limits.ContentMax);
            RuleFor(x => x.Status).PostStatus();
            RuleFor(x => x.Tags).PostTags();
        }
    }
}
