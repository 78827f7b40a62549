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
            $"Must be {Limits.UsernameMin} to {Limits.UsernameMax} characters.",
        _ when !UsernamePattern().IsMatch(value) => "May contain only letters, digits, '_', '.' and '-'.",
        _ => null,
    };

    public static string? Email(string? value) => value switch
    {
        null => Required,
        { Length: > Limits.EmailMax } => $"Must be at most {Limits.EmailMax} characters.",
        _ when value.Contains('\0') => NulCharacter,
        _ when !EmailPattern().IsMatch(value) => "Must be a valid email address.",
        _ => null,
    };

    public static string? Password(string? value) => value switch
    {
        null => Required,
        { Length: < Limits.PasswordMin or > Limits.PasswordMax } =>
            $"Must be {Limits.PasswordMin} to {Limits.PasswordMax} characters.",
        _ => null,
    };

    public static string? Title(string? value) => Text(value, Limits.TitleMax);

    public static string? Content(string? value) => Text(value, Limits.ContentMax);

    public static string? CommentContent(string? value) => Text(value, Limits.CommentMax);

    public static string? Status(string? value) =>
        value is null || Posts.PostStatuses.All.Contains(value)
            ? null
            : $"Must be one of: {string.Join(", ", Posts.PostStatuses.All)}.";

    public static string? Tags(IReadOnlyCollection<string>? value) => value switch
    {
        null => null,
        _ when value.Any(t => t is null || !TagNames.IsValid(t)) =>
            $"Each tag must be 1 to {Limits.TagMax} characters of a-z, 0-9 and '-'.",
        _ when TagNames.Normalize(value).Count > Limits.TagsMax => $"At most {Limits.TagsMax} tags.",
        _ => null,
    };

    private static string? Text(string? value, int max) => value switch
    {
        null => Required,
        { Length: 0 } => "Must not be empty.",
        { Length: var n } when n > max => $"Must be at most {max} characters.",
        _ when string.IsNullOrWhiteSpace(value) => "Must not be blank.",
        _ => NoNul(value),
    };

    /// <summary>PostgreSQL text cannot hold U+0000, so no stored or searched text may contain it.</summary>
    public static string? NoNul(string value) => value.Contains('\0') ? NulCharacter : null;

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailPattern();
}
