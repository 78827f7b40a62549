using System.Net.Http.Headers;
using System.Text;

namespace Blog.ContractTests.Specs;

/// <summary>
/// The API has one representation. Whatever a request's Accept asks for — another spelling of JSON (text/json), a
/// wildcard, or nothing the API has — a JSON answer is <c>application/json</c> and an error a complete
/// <c>application/problem+json</c> problem: never a 406, another media type, an empty body or a 500.
/// </summary>
public abstract class ContentTypeSpecs(IBlogHost host) : ContractSpec(host)
{
    public static TheoryData<string> Accepts() =>
        new("text/json", "text/json, application/json;q=0.5", "application/*", "text/*", "text/plain", "application/xml", "image/png");

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_json_answer_is_application_json_whatever_the_request_accepts(string accept)
    {
        var user = await Api.NewUserAsync();
        var credentials = $$"""{"username": "{{user.Username}}", "password": "{{user.Password}}"}""";
        await (await SendAsync(HttpMethod.Post, "/auth/login", accept, Api.JsonContent(credentials))).ExpectObjectAsync();
        await (await SendAsync(HttpMethod.Get, "/users/me", accept, token: user.AccessToken)).ExpectObjectAsync();
        var post = await (await SendAsync(HttpMethod.Post, "/posts", accept, Api.JsonContent("""{"title": "t", "content": "c", "status": "published"}"""), user.AccessToken))
            .ExpectObjectAsync(HttpStatusCode.Created);
        await (await SendAsync(HttpMethod.Get, $"/posts/{post.Long("id")}", accept)).ExpectObjectAsync();
        await (await SendAsync(HttpMethod.Get, "/posts", accept)).ExpectObjectAsync();
        await (await SendAsync(HttpMethod.Get, "/tags", accept)).ExpectArrayAsync();
        await (await SendAsync(HttpMethod.Get, "/health", accept)).ExpectObjectAsync();
    }

    [Theory]
    [MemberData(nameof(Accepts))]
    public async Task A_problem_is_application_problem_json_whatever_the_request_accepts(string accept)
    {
        var author = await Api.NewUserAsync();
        var intruder = await Api.NewUserAsync();
        var postId = (await Api.CreatePostAsync(author)).Long("id");
        var json = (string body) => Api.JsonContent(body);

        await (await SendAsync(HttpMethod.Get, "/posts?limit=abc", accept)).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await SendAsync(HttpMethod.Post, "/auth/register", accept, json("{bad"))).ExpectProblemAsync(HttpStatusCode.BadRequest);
        await (await SendAsync(HttpMethod.Get, "/users/me", accept)).ExpectUnauthorizedAsync();
        await (await SendAsync(HttpMethod.Get, "/users/me", accept, token: "not-a-token")).ExpectUnauthorizedAsync();
        await (await SendAsync(HttpMethod.Delete, $"/posts/{postId}", accept, token: intruder.AccessToken)).ExpectProblemAsync(HttpStatusCode.Forbidden);
        await (await SendAsync(HttpMethod.Get, "/posts/2000000000", accept)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await SendAsync(HttpMethod.Get, $"/no-such-route-{Unique.Id()}", accept)).ExpectProblemAsync(HttpStatusCode.NotFound);
        await (await SendAsync(HttpMethod.Delete, "/tags", accept)).ExpectProblemAsync(HttpStatusCode.MethodNotAllowed);
        await (await SendAsync(HttpMethod.Post, "/auth/register", accept,
            json($$"""{"username": "{{author.Username}}", "email": "{{author.Email}}", "password": "{{author.Password}}"}"""))).ExpectProblemAsync(HttpStatusCode.Conflict);
        await (await SendAsync(HttpMethod.Post, "/auth/register", accept, json($$"""{"username": "{{Repeat('x', 1024 * 1024)}}"}""")))
            .ExpectProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        await (await SendAsync(HttpMethod.Post, "/auth/register", accept, Text("text/plain", "x"))).ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await SendAsync(HttpMethod.Post, "/auth/register", accept, Text("application/json; charset=iso-8859-1", "{}")))
            .ExpectProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await SendAsync(HttpMethod.Post, "/auth/register", accept, json("{}"))).ExpectValidationAsync("username", "email", "password");
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string accept, HttpContent? content = null, string? token = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        // Over a socket a server refuses an oversized body before reading it; 100-continue lets the client read that answer.
        if (content?.Headers.ContentLength > 1024 * 1024) request.Headers.ExpectContinue = true;
        return Api.Http.SendAsync(request);
    }

    private static ByteArrayContent Text(string contentType, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        return content;
    }
}
