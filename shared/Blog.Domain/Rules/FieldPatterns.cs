namespace Blog.Domain.Rules;

/// <summary>The patterns of the field rules, for a host whose validation idiom states each rule itself.</summary>
public static class FieldPatterns
{
    /// <summary>ASCII letters, digits, '_', '.' and '-'.</summary>
    public const string Username = "^[A-Za-z0-9_.-]+$";

    public const string Email = @"^[^@\s]+@[^@\s]+\.[^@\s.]+$";
}
