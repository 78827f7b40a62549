namespace Blog.Domain.Posts;

/// <summary>A tag on a post: tags are plain normalised names, so there is no tag table to race on.</summary>
public class PostTag
{
    public int PostId { get; set; }
    public string Name { get; set; } = "";
}
