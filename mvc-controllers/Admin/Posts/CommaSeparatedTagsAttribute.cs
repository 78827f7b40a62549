using Blog.Domain.Rules;
using MvcControllers.Admin.Shared;

namespace MvcControllers.Admin.Posts;

/// <summary>The shared tag rule, asked of a comma-separated text field (a Django form's clean_tags).</summary>
public sealed class CommaSeparatedTagsAttribute() : FieldRuleAttribute(text => FieldRules.Tags(Split(text)))
{
    public static List<string> Split(string? text) =>
        [.. (text ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
