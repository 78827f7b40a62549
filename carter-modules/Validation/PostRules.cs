using Blog.Domain.Posts;
using Blog.Domain.Rules;
using FluentValidation;

namespace CarterModules.Validation;

/// <summary>The rules of a post's status and tags, which the create, replace and patch bodies share; a null passes.</summary>
public static class PostRules
{
    public static IRuleBuilderOptions<T, string?> PostStatus<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || PostStatuses.All.Contains(value)).WithMessage(FieldMessages.Status);

    public static IRuleBuilderOptions<T, List<string>?> PostTags<T>(this IRuleBuilder<T, List<string>?> rule) =>
        rule.Must(tags => tags is null || tags.All(tag => tag is not null && TagNames.IsValid(tag))).WithMessage(FieldMessages.TagFormat)
            .Must(tags => tags is null || TagNames.Normalize(tags).Count <= Limits.TagsMax).WithMessage(FieldMessages.TagCount);
}
