using Blog.Domain.Posts;

namespace Blog.Domain.Rules;

/// <summary>
/// The messages of the field rules: what <see cref="FieldRules"/> answers with, and what a host whose validation idiom
/// states each rule itself (a FluentValidation chain) attaches to it.
/// </summary>
public static class FieldMessages
{
    public const string NotEmpty = "Must not be empty.";
    public const string NotBlank = "Must not be blank.";
    public const string UsernameCharacters = "May contain only letters, digits, '_', '.' and '-'.";
    public const string Email = "Must be a valid email address.";

    public static readonly string Status = $"Must be one of: {string.Join(", ", PostStatuses.All)}.";
    public static readonly string TagFormat = $"Each tag must be 1 to {Limits.TagMax} characters of a-z, 0-9 and '-'.";
    public static readonly string TagCount = $"At most {Limits.TagsMax} tags.";

    public static string Between(int min, int max) => $"Must be {min} to {max} characters.";

    public static string AtMost(int max) => $"Must be at most {max} characters.";
}
