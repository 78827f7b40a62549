namespace Blog.Domain.ApiKeys;

/// <summary>
/// What an API key may do: a <see cref="Read"/> key only reads (GET), a <see cref="Write"/> key does everything a
/// bearer token may, except managing API keys, which only a login (a bearer token) may.
/// </summary>
public static class ApiKeyScopes
{
    public const string Read = "read";
    public const string Write = "write";

    public static readonly IReadOnlyList<string> All = [Read, Write];

    /// <summary>Whether a key of <paramref name="scope"/> covers a request of <paramref name="method"/>.</summary>
    public static bool Covers(string scope, string method) => scope switch
    {
        Write => true,
        Read => method is "GET" or "HEAD",
        _ => false,
    };
}
