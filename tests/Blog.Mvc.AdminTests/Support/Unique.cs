namespace Blog.Mvc.AdminTests.Support;

public static class Unique
{
    /// <summary>A name no other test uses (usernames allow letters, digits, '_', '.', '-').</summary>
    public static string Name(string prefix) => $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 50)];

    /// <summary>A lower-case word for titles and searches, unique per call.</summary>
    public static string Word() => "w" + Guid.NewGuid().ToString("N")[..12];
}
