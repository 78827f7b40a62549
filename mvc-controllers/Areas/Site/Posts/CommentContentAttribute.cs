using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MvcControllers.Areas.Site.Posts;

/// <summary>The comment field's validator (≈ <c>validators=[…]</c>): the shared rule, with its limits and messages.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class CommentContentAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        FieldRules.CommentContent(value as string) is { } message
            ? new ValidationResult(message, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
