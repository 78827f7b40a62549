using System.Security.Cryptography;
using System.Text;

namespace Blog.ContractTests.Support;

/// <summary>Reads and forges compact JWTs (HS256) for the token specs; no JWT library, on purpose.</summary>
public static class Jwt
{
    public static JsonObject Header(string token) => Part(token, 0);

    public static JsonObject Payload(string token) => Part(token, 1);

    public static string Sign(JsonObject header, JsonObject payload, byte[] key)
    {
        var signingInput = Base64Url(Encoding.UTF8.GetBytes(header.ToJsonString())) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        var signature = HMACSHA256.HashData(key, Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url(signature);
    }

    /// <summary>A token with the payload replaced but the original signature kept.</summary>
    public static string WithPayloadKeepingSignature(string token, JsonObject payload)
    {
        var parts = token.Split('.');
        return parts[0] + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString())) + "." + parts[2];
    }

    public static string Unsigned(JsonObject payload) =>
        Base64Url(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}""")) + "." + Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString())) + ".";

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static byte[] FromBase64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        s += (s.Length % 4) switch { 2 => "==", 3 => "=", _ => "" };
        return Convert.FromBase64String(s);
    }

    private static JsonObject Part(string token, int index)
    {
        var parts = token.Split('.');
        Assert.True(parts.Length == 3, $"a JWT has three dot-separated parts, got '{token}'");
        return JsonNode.Parse(FromBase64Url(parts[index])) as JsonObject ?? throw HttpJson.Fail($"JWT part {index} is not a JSON object");
    }
}
