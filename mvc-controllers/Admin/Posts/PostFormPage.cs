using Blog.Domain.Rules;

namespace MvcControllers.Admin.Posts;

/// <summary>What the add/change page shows: the form, and for an existing post its slug, author and comments.</summary>
public sealed record PostFormPage(
    PostForm Form,
    int? PostId,
    string? CurrentSlug,
    string? Author,
    IReadOnlyList<PostComment> Comments)
{
    public bool IsAdd => PostId is null;

    /// <summary>The slug the title makes, before any -2, -3 suffix a taken slug gets on save.</summary>
    public string SlugPreview => Slug.From(Form.Title ?? "");
}
