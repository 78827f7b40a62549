namespace Blog.Domain.Paging;

public enum PostSortField
{
    CreatedAt,
    UpdatedAt,
    Title,
}
