using Blog.Domain.Rules;
using Blog.Hosting.Json;
using CarterModules.Validation;
using FluentValidation;

namespace CarterModules.Requests;

/// <summary>The body of PATCH /posts/{id}: every field optional, but a field sent must not be null.</summary>
public sealed record PostPatchBody
{
    public Optional<string> Title { get; init; }
    public Optional<string> Content { get; init; }
    public Optional<string> Status { get; init; }
    public Optional<List<string>> Tags { get; init; }

    public sealed class Validator : AbstractValidator<PostPatchBody>
    {
        public Validator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(x => x.Title.Value).NotNull().WithMessage(FieldRules.NotNull).Text(Limits.TitleMax)
                .When(x => x.Title.IsSet).OverridePropertyName(nameof(Title));
            RuleFor(x => x.Content.Value).NotNull().WithMessage(FieldRules.NotNull).Text(Limits.ContentMax)
                .When(x => x.Content.IsSet).OverridePropertyName(nameof(Content));
            RuleFor(x => x.Status.Value).NotNull().WithMessage(FieldRules.NotNull).PostStatus()
                .When(x => x.Status.IsSet).OverridePropertyName(nameof(Status));
            RuleFor(x => x.Tags.Value).NotNull().WithMessage(FieldRules.NotNull).PostTags()
                .When(x => x.Tags.IsSet).OverridePropertyName(nameof(Tags));
        }
    }
}
