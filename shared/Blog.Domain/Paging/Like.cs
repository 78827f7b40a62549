namespace Blog.Domain.Paging;

public static class Like
{
    public const string Escape = "\\";

    /// <summary>A lower-cased substring pattern in which the caller's '%', '_' and '\' are ordinary characters.</summary>
    public static string Contains(string text) =>
        "%" + text.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}
