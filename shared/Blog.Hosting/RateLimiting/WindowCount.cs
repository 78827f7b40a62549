namespace Blog.Hosting.RateLimiting;

/// <summary>A key's count in its current window after a take, and how long that window still runs.</summary>
public readonly record struct WindowCount(long Count, TimeSpan Left);
