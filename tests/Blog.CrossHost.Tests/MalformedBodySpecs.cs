using System.Globalization;

namespace Blog.CrossHost.Tests;

/// <summary>
/// A chunked body whose framing is broken, on every route that reads a body: each host answers a 400 problem, and a
/// client that hangs up in the middle of its body is no server error either. Over a real socket, because an
/// in-process test server never parses chunked framing; none of it may be logged as a failure.
/// </summary>
[Collection(nameof(HostsCollection))]
public sealed class MalformedBodySpecs(HostsFixture hosts)
{
    private const string Json = "application/json";
    private static readonly TimeSpan WaitAtMost = TimeSpan.FromSeconds(5);

    /// <summary>Every route that reads a request body, by name: method, path (`{id}`: a post of the caller's), Content-Type.</summary>
    private static readonly Dictionary<string, (string Method, string Path, string ContentType)> Routes = new()
    {
        ["POST /auth/register"] = ("POST", "/auth/register", Json),
        ["POST /auth/login, JSON"] = ("POST", "/auth/login", Json),
        ["POST /auth/login, form"] = ("POST", "/auth/login", "application/x-www-form-urlencoded"),
        ["POST /auth/refresh"] = ("POST", "/auth/refresh", Json),
        ["POST /auth/logout"] = ("POST", "/auth/logout", Json),
        ["POST /posts"] = ("POST", "/posts", Json),
        ["PUT /posts/{id}"] = ("PUT", "/posts/{id}", Json),
        ["PATCH /posts/{id}"] = ("PATCH", "/posts/{id}", Json),
        ["POST /posts/{id}/comments"] = ("POST", "/posts/{id}/comments", Json),
    };

    /// <summary>Chunked bodies a server cannot read, by what is wrong with them.</summary>
    private static readonly Dictionary<string, string> BrokenFramings = new()
    {
        ["a chunk size too large to count"] = "ffffffffffffffffffff\r\n{}\r\n0\r\n\r\n",
        ["a chunk size that is not hex"] = "zz\r\n{}\r\n0\r\n\r\n",
        ["chunk data longer than its size"] = "2\r\n{\"a\": 1}\r\n0\r\n\r\n",
        ["a chunk extension ended by a bare CR"] = "2;x\rX\n{}\r\n0\r\n\r\n",
    };

    public static TheoryData<string, string, string> HostsRoutesAndFramings()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var host in HostProcess.Built.Keys)
        foreach (var route in Routes.Keys)
        foreach (var framing in BrokenFramings.Keys)
            data.Add(host, route, framing);
        return data;
    }

    public static TheoryData<string, string> HostsAndRoutes()
    {
        var data = new TheoryData<string, string>();
        foreach (var host in HostProcess.Built.Keys)
        foreach (var route in Routes.Keys)
            data.Add(host, route);
        return data;
    }

    [Theory]
    [MemberData(nameof(HostsRoutesAndFramings))]
    public async Task A_chunked_body_with_broken_framing_is_a_400_problem(string host, string route, string framing)
    {
        var (response, log) = await SendAsync(host, route, BrokenFramings[framing], halfClose: false);

        Assert.True(response is not null, $"{host} {route}: the connection closed without an answer.\n{log}");
        var problem = await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("The request is malformed.", problem.Str("detail"));
        AssertNothingFailed(host, route, log);
    }

    [Theory]
    [MemberData(nameof(HostsAndRoutes))]
    public async Task A_client_that_hangs_up_in_the_middle_of_its_body_is_no_server_error(string host, string route)
    {
        var (response, log) = await SendAsync(host, route, "5\r\n{\"a\":", halfClose: true);

        // Kestrel takes the half-close for a client that left: no answer is owed, though a 400 may still get out.
        if (response is not null) await response.ExpectProblemAsync(HttpStatusCode.BadRequest);
        AssertNothingFailed(host, route, log);
    }

    /// <summary>
    /// Sends the route a chunked <paramref name="body"/> (as a signed-in user, on a post of theirs where the route
    /// names one) and returns the answer, if any, with everything the host logged for that request.
    /// </summary>
    private async Task<(HttpResponseMessage? Response, string Log)> SendAsync(string host, string route, string body, bool halfClose)
    {
        var (method, path, contentType) = Routes[route];
        List<string> headers = [$"Content-Type: {contentType}", "Transfer-Encoding: chunked"];
        if (path.StartsWith("/posts", StringComparison.Ordinal))
        {
            using var api = hosts.Api(host);
            var user = await api.NewUserAsync();
            headers.Add($"Authorization: Bearer {user.AccessToken}");
            if (path.Contains("{id}", StringComparison.Ordinal))
                path = path.Replace("{id}", (await api.CreatePostAsync(user)).Long("id").ToString(CultureInfo.InvariantCulture));
        }

        var process = hosts[host];
        var marker = Unique.Id();
        var mark = process.LineCount;
        var response = await RawHttp.SendAsync(process.BaseAddress, new HttpMethod(method), $"{path}?request={marker}", headers, body, halfClose, WaitAtMost);
        return (response, await process.OutputOfRequestAsync(mark, marker, WaitAtMost));
    }

    private static void AssertNothingFailed(string host, string route, string log) =>
        Assert.False(log.Contains("fail:", StringComparison.Ordinal) || log.Contains("crit:", StringComparison.Ordinal),
            $"{host} {route}: a client's broken body was logged as a server failure:\n{log}");
}
