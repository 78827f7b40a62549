namespace Blog.Domain.Rules;

/// <summary>Every length and count limit of the contract, in one place.</summary>
public static class Limits
{
    public const int UsernameMin = 3;
    public const int UsernameMax = 50;
    public const int EmailMax = 255;
    public const int PasswordMin = 8;
    public const int PasswordMax = 128;
    public const int TitleMax = 200;
    public const int ContentMax = 100_000;
    public const int CommentMax = 5_000;
    public const int TagsMax = 10;
    public const int TagMax = 30;
    public const int PageDefault = 20;
    public const int PageMax = 100;
    public const int RequestBodyBytes = 1024 * 1024;
}
