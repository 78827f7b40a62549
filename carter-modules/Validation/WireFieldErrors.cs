using System.Text.Json;
using Blog.Domain.Errors;
using FluentValidation.Results;

namespace CarterModules.Validation;

public static class WireFieldErrors
{
    /// <summary>The failures keyed by the snake_case wire name of their property, as every host reports them.</summary>
    public static FieldErrors ToFieldErrors(this ValidationResult result)
    {
        var errors = new FieldErrors();
        foreach (var failure in result.Errors)
            errors.Add(JsonNamingPolicy.SnakeCaseLower.ConvertName(failure.PropertyName), failure.ErrorMessage);
        return errors;
    }
}
