using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;

namespace MinimalApi.Validation;

/// <summary>
/// <see cref="RequiredAttribute"/> as the contract words it: it refuses only a missing or null field, leaving empty and
/// blank text to the field's own rule, which says which it is.
/// </summary>
public sealed class RequiredFieldAttribute : RequiredAttribute
{
    public RequiredFieldAttribute()
    {
        AllowEmptyStrings = true;
        ErrorMessage = FieldRules.Required;
    }
}
