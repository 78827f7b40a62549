namespace Blog.ContractTests.Harness;

/// <summary>
/// Sits in every client the suite makes: any 5xx answer fails the test that sent the request, with the
/// request line and the body, because the contract says a client can never cause a 500. A fault spec, which takes
/// the database away on purpose, lets the statuses it expects through (<see cref="Allowing(HttpMessageHandler, HttpStatusCode[])"/>).
/// </summary>
public sealed class ServerErrorGuard : DelegatingHandler
{
    private readonly HashSet<HttpStatusCode> allowed = [];

    public ServerErrorGuard()
    {
    }

    public ServerErrorGuard(HttpMessageHandler inner)
        : base(inner)
    {
    }

    /// <summary>A guard without an inner handler (for a handler chain) that lets <paramref name="statuses"/> through.</summary>
    public static ServerErrorGuard Allowing(params HttpStatusCode[] statuses)
    {
        var guard = new ServerErrorGuard();
        guard.allowed.UnionWith(statuses);
        return guard;
    }

    /// <summary>A guard that lets <paramref name="statuses"/> through and still fails on any other 5xx.</summary>
    public static ServerErrorGuard Allowing(HttpMessageHandler inner, params HttpStatusCode[] statuses)
    {
        var guard = new ServerErrorGuard(inner);
        guard.allowed.UnionWith(statuses);
        return guard;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        var status = (int)response.StatusCode;
        if (status >= 500 && !allowed.Contains(response.StatusCode))
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (body.Length > 4000)
            {
                body = body[..4000] + "…";
            }

            Assert.Fail($"{request.Method} {request.RequestUri} answered {status} {response.ReasonPhrase}; the contract allows no 5xx for anything a client sends. Body: {body}");
        }

        return response;
    }
}
