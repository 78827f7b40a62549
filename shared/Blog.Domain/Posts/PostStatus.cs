namespace Blog.Domain.Posts;

public enum PostStatus
{
    Draft,
    Published,
    Archived,
}
