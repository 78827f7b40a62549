using Blog.Domain.Rules;
using FluentValidation;

namespace CarterModules.Validation;

/// <summary>Refinements FluentValidation lacks, like custom zod refinements; a null passes (it is ruled on by NotNull).</summary>
public static class TextRules
{
    /// <summary>PostgreSQL text cannot hold U+0000, so no stored or searched text may contain it.</summary>
    public static IRuleBuilderOptions<T, string?> NoNul<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || !value.Contains('\0')).WithMessage(FieldRules.NulCharacter);

    /// <summary>A text a post or comment holds: not empty, at most <paramref name="max"/> characters, not blank, no NUL.</summary>
    public static IRuleBuilderOptions<T, string?> Text<T>(this IRuleBuilder<T, string?> rule, int max) =>
        rule.MinimumLength(1).WithMessage(FieldMessages.NotEmpty)
            .MaximumLength(max).WithMessage(FieldMessages.AtMost(max))
            .Must(value => value is null || !string.IsNullOrWhiteSpace(value)).WithMessage(FieldMessages.NotBlank)
            .NoNul();
}
