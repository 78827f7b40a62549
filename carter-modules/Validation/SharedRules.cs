using System.Text.Json;
using Blog.Domain.Rules;
using Blog.Hosting.Json;
using FluentValidation;

namespace CarterModules.Validation;

/// <summary>
/// FluentValidation's way of asking the shared <see cref="FieldRules"/>, so every message matches the other hosts.
/// Failures are keyed by the snake_case wire name of the property.
/// </summary>
public static class SharedRules
{
    public static IRuleBuilderOptionsConditions<T, TValue?> Satisfies<T, TValue>(
        this IRuleBuilder<T, TValue?> rule, Func<TValue?, string?> check) =>
        rule.Custom((value, context) => Report(context, check(value)));

    /// <summary>A PATCH field: absent passes, an explicit null is refused, a value is checked.</summary>
    public static IRuleBuilderOptionsConditions<T, Optional<TValue>> Satisfies<T, TValue>(
        this IRuleBuilder<T, Optional<TValue>> rule, Func<TValue?, string?> check) =>
        rule.Custom((value, context) => Report(context, value switch
        {
            { IsSet: false } => null,
            { Value: null } => FieldRules.NotNull,
            _ => check(value.Value),
        }));

    private static void Report<T>(ValidationContext<T> context, string? message)
    {
        if (message is not null) context.AddFailure(JsonNamingPolicy.SnakeCaseLower.ConvertName(context.PropertyPath), message);
    }
}
