namespace Blog.Data.Auth;

/// <summary>The `type` claim: an access token is never accepted as a refresh token, nor the other way round.</summary>
public static class TokenTypes
{
    public const string Claim = "type";
    public const string Access = "access";
    public const string Refresh = "refresh";
}
