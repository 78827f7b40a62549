using Blog.Domain.Posts;

namespace MvcControllers.Admin.Posts;

/// <summary>
/// The post add/change form (a Django ModelForm): the shared field rules through their annotations, the tags typed
/// as one comma-separated field.
/// </summary>
public sealed class PostForm
{
    [PostTitle]
    public string? Title { get; set; }

    [PostContent]
    public string? Content { get; set; }

    [PostStatus]
    public string Status { get; set; } = PostStatuses.Draft;

    /// <summary>Comma-separated, as typed: "dotnet, EF-Core".</summary>
    [CommaSeparatedTags]
    public string? Tags { get; set; }

    /// <summary>Ids of the inline comments ticked for deletion.</summary>
    public List<int> DeleteComments { get; set; } = [];

    public IReadOnlyList<string> TagList() => CommaSeparatedTagsAttribute.Split(Tags);

    public static PostForm From(Post post) => new()
    {
        Title = post.Title,
        Content = post.Content,
        Status = post.Status.ToWire(),
        Tags = string.Join(", ", post.Tags.Select(t => t.Name)),
    };
}
