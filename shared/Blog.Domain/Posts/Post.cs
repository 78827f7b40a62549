using Blog.Domain.Comments;
using Blog.Domain.Users;

namespace Blog.Domain.Posts;

public class Post
{
    public int Id { get; set; }
    public string Title { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Content { get; set; } = "";
    public PostStatus Status { get; set; }
    public int AuthorId { get; set; }
    public User Author { get; set; } = null!;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public List<PostTag> Tags { get; set; } = [];
    public List<Comment> Comments { get; set; } = [];

    /// <summary>Applies an edit of every field; true when the slug must be recomputed for the new title.</summary>
    public bool Edit(string title, string content, PostStatus status, IReadOnlyList<string> tags, DateTime now)
    {
        var slugChanges = Rules.Slug.Changes(Title, title);
        Title = title;
        Content = content;
        Status = status;
        SetTags(tags);
        UpdatedAt = now;
        return slugChanges;
    }

    /// <summary>Makes the tags exactly these names, keeping the rows of names that stay.</summary>
    public void SetTags(IReadOnlyList<string> names)
    {
        Tags.RemoveAll(tag => !names.Contains(tag.Name));
        foreach (var name in names.Where(name => Tags.All(tag => tag.Name != name)))
            Tags.Add(new PostTag { PostId = Id, Name = name });
    }
}
