using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Blog.Domain.Comments;
using Blog.Domain.Rules;

namespace MvcControllers.Api.Serializers;

/// <summary>The comment serializer: the body of POST /posts/{id}/comments, and <see cref="Representation"/>.</summary>
public sealed class CommentSerializer : IValidatableObject
{
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Content { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Content is not null && FieldRules.CommentContent(Content) is { } content) yield return new(content, [nameof(Content)]);
    }

    /// <summary><c>to_representation</c> as an EF Core projection, the author's name joined (≈ <c>select_related("author")</c>).</summary>
    public static readonly Expression<Func<Comment, CommentRepresentation>> Representation = c =>
        new CommentRepresentation(c.Id, c.PostId, c.Content, new AuthorRepresentation(c.AuthorId, c.Author.Username), c.CreatedAt);
}
