using System.Text.RegularExpressions;

namespace Blog.Mvc.AdminTests.Support;

/// <summary>
/// A cookie-keeping client for the admin pages: it reads the antiforgery token out of a page's form and posts it
/// back, as a browser does.
/// </summary>
public sealed partial class AdminClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<HttpResponseMessage> LoginAsync(string username, string password = AdminHost.Password) =>
        await PostFormAsync("/admin/login", "/admin/login", ("Username", username), ("Password", password));

    /// <summary>Logs in and checks that it worked (a redirect into the admin).</summary>
    public async Task LoginOkAsync(string username)
    {
        var response = await LoginAsync(username);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location?.OriginalString);
    }

    public async Task<string> GetHtmlAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await http.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}. {html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    /// <summary>Gets the page holding the form (for its token), then posts the fields with that token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string postUrl, params (string Name, string Value)[] fields)
    {
        var token = Token(await GetHtmlAsync(pageUrl));
        return await PostAsync(postUrl, [.. fields, ("__RequestVerificationToken", token)]);
    }

    public Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields) =>
        http.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))), Ct);

    public static string Token(string html) =>
        TokenField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new Xunit.Sdk.XunitException("The page has no antiforgery token field.");

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
