using System.Text.RegularExpressions;

namespace Blog.Domain.Rules;

/// <summary>
/// The field rules of the contract. Each returns the message for a broken rule, or null when the value passes,
/// so every host's own validation idiom (annotations, FluentValidation, IValidatableObject) asks the same questions.
/// </summary>
public static partial class FieldRules
{
    public const string Required = "This field is required.";
    public const string NotNull = "This field may not be null.";
    public const string NulCharacter = "Must not contain the NUL character.";

    public static string? Username(string? value) => value switch
    {
        null => Required,
        { Length: < Limits.UsernameMin or > Limits.UsernameMax } =>
            FieldMessages.Between(Limits.UsernameMin, Limits.UsernameMax),
        _ when !UsernamePattern().IsMatch(value) => FieldMessages.UsernameCharacters,
        _ => null,
    };

    public static string? Email(string? value) => value switch
    {
        null => Required,
        { Length: > Limits.EmailMax } => FieldMessages.AtMost(Limits.EmailMax),
        _ when value.Contains('\0') => NulCharacter,
        _ when !EmailPattern().IsMatch(value) => FieldMessages.Email,
        _ => null,
    };

    public static string? Password(string? value) => value switch
    {
        null => Required,
        { Length: < Limits.PasswordMin or > Limits.PasswordMax } =>
            FieldMessages.Between(Limits.PasswordMin, Limits.PasswordMax),
        _ => null,
    };

    public static string? Title(string? value) => Text(value, Limits.TitleMax);

    public static string? Content(string? value) => Text(value, Limits.ContentMax);

    public static string? CommentContent(string? value) => Text(value, Limits.CommentMax);

    public static string? Status(string? value) =>
        value is null || Posts.PostStatuses.All.Contains(value)
            ? null
            : FieldMessages.Status;

    public static string? Tags(IReadOnlyCollection<string>? value) => value switch
    {
        null => null,
        _ when value.Any(t => t is null || !TagNames.IsValid(t)) => FieldMessages.TagFormat,
        _ when TagNames.Normalize(value).Count > Limits.TagsMax => FieldMessages.TagCount,
        _ => null,
    };

    private static string? Text(string? value, int max) => value switch
    {
        null => Required,
        { Length: 0 } => FieldMessages.NotEmpty,
        { Length: var n } when n > max => FieldMessages.AtMost(max),
        _ when string.IsNullOrWhiteSpace(value) => FieldMessages.NotBlank,
        _ => NoNul(value),
    };

    /// <summary>PostgreSQL text cannot hold U+0000, so no stored or searched text may contain it.</summary>
    public static string? NoNul(string value) => value.Contains('\0') ? NulCharacter : null;

    [GeneratedRegex(FieldPatterns.Username)]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(FieldPatterns.Email)]
    private static partial Regex EmailPattern();
}
