using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Blog.Mvc.AdminTests.Site;

/// <summary>
/// A client for the public site that behaves as a browser does: it keeps cookies, follows no redirect, accepts HTML
/// (without which the site's routes do not match), and posts a form back with the antiforgery token of its page.
/// </summary>
public sealed partial class SiteClient : IDisposable
{
    public const string BrowserAccept = "text/html,application/xhtml+xml,*/*;q=0.8";

    private readonly HttpClient http;

    public SiteClient(AdminHost host)
    {
        http = host.CreateAdminClient().Http;
        http.DefaultRequestHeaders.Accept.ParseAdd(BrowserAccept);
    }

    public HttpClient Http => http;

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url, Ct);

    public async Task<string> GetHtmlAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await GetAsync(url);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {expected}, got {response.StatusCode}. {html[..Math.Min(html.Length, 2000)]}");
        return html;
    }

    public Task<HttpResponseMessage> PostAsync(string url, params (string Name, string Value)[] fields) =>
        http.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))), Ct);

    /// <summary>Gets the page holding the form (for its token), then posts the fields with that token.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string pageUrl, string postUrl, params (string Name, string Value)[] fields)
    {
        var token = Token(await GetHtmlAsync(pageUrl));
        return await PostAsync(postUrl, [.. fields, ("__RequestVerificationToken", token)]);
    }

    public Task<HttpResponseMessage> LoginAsync(string username, string password = AdminHost.Password, string? next = null) =>
        PostFormAsync("/accounts/login", "/accounts/login",
            [("Username", username), ("Password", password), .. next is null ? [] : new[] { ("Next", next) }]);

    /// <summary>Logs in and checks that it worked (a redirect to the home page).</summary>
    public async Task LoginOkAsync(string username)
    {
        var response = await LoginAsync(username);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    /// <summary>Sends an API access token of the user with every request from now on (and checks that the API takes it).</summary>
    public async Task UseBearerTokenOfAsync(string username)
    {
        var login = await http.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = username,
            ["password"] = AdminHost.Password,
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = JsonDocument.Parse(await login.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/users/me")).StatusCode);
    }

    public static string Token(string html) =>
        TokenField().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new Xunit.Sdk.XunitException("The page has no antiforgery token field.");

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
