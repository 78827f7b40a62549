using Blog.Domain.Rules;
using CarterModules.Validation;
using FluentValidation;

namespace CarterModules.Features.Posts;

/// <summary>The fields a post is written with, shared by POST and PUT (PATCH sends them one by one).</summary>
public interface IPostFields
{
    string? Title { get; }
    string? Content { get; }
    string? Status { get; }
    List<string>? Tags { get; }
}

/// <summary>One rule set that CreatePost and ReplacePost both include, like a zod schema reused by two routes.</summary>
public sealed class PostFieldsValidator : AbstractValidator<IPostFields>
{
    public PostFieldsValidator()
    {
        RuleFor(x => x.Title).Satisfies(FieldRules.Title);
        RuleFor(x => x.Content).Satisfies(FieldRules.Content);
        RuleFor(x => x.Status).Satisfies(FieldRules.Status);
        RuleFor(x => x.Tags).Satisfies(FieldRules.Tags);
    }
}
