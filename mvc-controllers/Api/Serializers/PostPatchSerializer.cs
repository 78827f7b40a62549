using System.ComponentModel.DataAnnotations;
using Blog.Domain.Rules;
using Blog.Hosting.Json;

namespace MvcControllers.Api.Serializers;

/// <summary>
/// The body of PATCH /posts/{id}, the serializer with <c>partial=True</c>: only the fields sent are validated and
/// changed; an explicit null is refused. Its representation is <see cref="PostSerializer.Representation"/>.
/// </summary>
public sealed class PostPatchSerializer : IValidatableObject
{
    public Optional<string> Title { get; init; }
    public Optional<string> Content { get; init; }
    public Optional<string> Status { get; init; }
    public Optional<List<string>> Tags { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        new[]
        {
            Sent(Title, FieldRules.Title, nameof(Title)),
            Sent(Content, FieldRules.Content, nameof(Content)),
            Sent(Status, FieldRules.Status, nameof(Status)),
            Sent(Tags, FieldRules.Tags, nameof(Tags)),
        }.OfType<ValidationResult>();

    private static ValidationResult? Sent<T>(Optional<T> field, Func<T, string?> rule, string name) where T : class =>
        field switch
        {
            { IsSet: false } => null,
            { Value: null } => new(FieldRules.NotNull, [name]),
            { Value: var value } => rule(value) is { } message ? new(message, [name]) : null,
        };
}
