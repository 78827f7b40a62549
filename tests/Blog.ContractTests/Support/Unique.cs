namespace Blog.ContractTests.Support;

/// <summary>Unique names, so that every test makes its own data and never depends on what others made.</summary>
public static class Unique
{
    /// <summary>12 lower-case hex characters.</summary>
    public static string Id() => Guid.NewGuid().ToString("N")[..12];

    /// <summary>A valid username, <c>u_&lt;12 hex&gt;</c>.</summary>
    public static string Username() => "u_" + Id();

    public static string Email(string username) => $"{username.ToLowerInvariant()}@example.com";

    /// <summary>A valid tag (lower-case letters and digits).</summary>
    public static string Tag() => "t" + Id();

    public static string Word() => "w" + Id();
}
