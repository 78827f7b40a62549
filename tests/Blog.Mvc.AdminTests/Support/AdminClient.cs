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

    /// <summary>A field of an admin form, by its name in the model admin: <c>Values[title]</c>.</summary>
    public static (string Name, string Value) Field(string name, string value) => ($"Values[{name}]", value);

    /// <summary>Gets a form page and submits it with these fields (plus the token); the response, not followed.</summary>
    public Task<HttpResponseMessage> SubmitAsync(string url, params (string Name, string Value)[] fields) => PostFormAsync(url, url, fields);

    /// <summary>The page a redirect leads to, HTML-decoded (Razor writes “ as &amp;#x201C;), to read its flashed message.</summary>
    public async Task<string> FollowAsync(HttpResponseMessage redirect)
    {
        var body = await redirect.Content.ReadAsStringAsync(Ct);
        Assert.True(HttpStatusCode.Redirect == redirect.StatusCode, $"expected a redirect, got {redirect.StatusCode}: {body[..Math.Min(body.Length, 2000)]}");
        return WebUtility.HtmlDecode(await GetHtmlAsync(redirect.Headers.Location!.OriginalString));
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
