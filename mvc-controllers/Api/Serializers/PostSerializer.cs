using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Blog.Data.Queries;
using Blog.Domain.Posts;
using Blog.Domain.Rules;

namespace MvcControllers.Api.Serializers;

/// <summary>
/// The post serializer, both ways: its fields validate the body of POST /posts and PUT /posts/{id} (the full set of
/// writable fields, so PUT replaces every one: omitted status and tags reset to draft and none), and
/// <see cref="Representation"/> is its <c>to_representation</c>.
/// </summary>
public sealed class PostSerializer : IValidatableObject
{
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Title { get; init; }
    [Required(AllowEmptyStrings = true, ErrorMessage = FieldRules.Required)] public string? Content { get; init; }
    public string? Status { get; init; }
    public List<string>? Tags { get; init; }

    /// <summary>DRF's <c>validate_&lt;field&gt;</c> methods: the shared rules, for the fields [Required] let through.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Title is not null && FieldRules.Title(Title) is { } title) yield return new(title, [nameof(Title)]);
        if (Content is not null && FieldRules.Content(Content) is { } content) yield return new(content, [nameof(Content)]);
        if (FieldRules.Status(Status) is { } status) yield return new(status, [nameof(Status)]);
        if (FieldRules.Tags(Tags) is { } tags) yield return new(tags, [nameof(Tags)]);
    }

    /// <summary>
    /// <c>to_representation</c> as an EF Core projection: the author joined, the tags and the comment count fetched in
    /// the same statement (≈ <c>select_related</c>, <c>annotate(StringAgg)</c>, <c>annotate(Count)</c>). The tags are
    /// aggregated into one string per post (<see cref="JoinedTags"/>): EF Core translates <c>string.Join</c> only
    /// over a group.
    /// </summary>
    public static readonly Expression<Func<Post, PostRepresentation>> Representation = p => new PostRepresentation(
        p.Id, p.Title, p.Slug, p.Content, p.Status,
        JoinedTags.Split(p.Tags.GroupBy(t => t.PostId).Select(g => string.Join(JoinedTags.Separator, g.Select(t => t.Name))).FirstOrDefault()),
        new AuthorRepresentation(p.AuthorId, p.Author.Username),
        p.Comments.Count,
        p.CreatedAt, p.UpdatedAt);
}
