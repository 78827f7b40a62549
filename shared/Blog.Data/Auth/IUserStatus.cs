namespace Blog.Data.Auth;

/// <summary>Answers whether a token's user may still act: a deactivated user's tokens are refused everywhere.</summary>
public interface IUserStatus
{
    Task<bool> IsActiveAsync(int userId, CancellationToken cancellationToken);
}
