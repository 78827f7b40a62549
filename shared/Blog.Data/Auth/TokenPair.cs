namespace Blog.Data.Auth;

/// <summary>What login and refresh answer: `{access_token, refresh_token, token_type, expires_in}`.</summary>
public sealed record TokenPair(string AccessToken, string RefreshToken, string TokenType, int ExpiresIn);
