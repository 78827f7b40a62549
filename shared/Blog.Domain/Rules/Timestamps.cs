namespace Blog.Domain.Rules;

public static class Timestamps
{
    /// <summary>
    /// Now in UTC, cut to whole microseconds: PostgreSQL keeps microseconds, so a value the API returns
    /// on create is the one it returns on every later read, on either database.
    /// </summary>
    public static DateTime Now(TimeProvider clock)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return new DateTime(now.Ticks - now.Ticks % 10, DateTimeKind.Utc);
    }
}
